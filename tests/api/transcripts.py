"""Realistic request bodies for the API tests."""

from __future__ import annotations

import copy
from typing import Any

SHIPPING: dict[str, Any] = {
    "conversation_id": "conv-881",
    "channel": "web_chat",
    "messages": [
        {
            "id": "m1",
            "role": "customer",
            "text": "Hi, my order NW-448812 never arrived. It was supposed to be here last Tuesday.",
        },
        {
            "id": "m2",
            "role": "ai",
            "text": "I'm sorry to hear that! Could you share the email address on the order so I can look it up?",
        },
        {"id": "m3", "role": "customer", "text": "dana.lee@example.com"},
        {
            "id": "m4",
            "role": "ai",
            "text": "Thanks Dana. I found order NW-448812 under dana.lee@example.com. Here is your tracking link: https://track.northwind.example/1Z999AA10123456784",
        },
        {
            "id": "m5",
            "role": "customer",
            "text": "I already checked that link three times. It has said 'in transit' for 6 days and hasn't moved.",
        },
        {
            "id": "m6",
            "role": "ai",
            "text": "Packages can sometimes take a few extra days. Please allow 2 more business days before we open a claim.",
        },
        {
            "id": "m7",
            "role": "customer",
            "text": "No. I've waited long enough, this was a birthday present and the party is on Saturday.",
        },
        {"id": "m8", "role": "ai", "text": "I understand. Is there anything else I can help you with today?"},
        {"id": "m9", "role": "customer", "text": "This is ridiculous. I want to talk to a real person, NOW."},
        {"id": "m10", "role": "ai", "text": "I'll connect you with a member of our team."},
    ],
    "customer": {
        "id": "c-1",
        "name": "Dana Lee",
        "email": "dana.lee@example.com",
        "tier": "enterprise",
        "lifetime_value": 12000,
        "language": "en",
    },
    "escalation": {"trigger": "customer_request", "note": "bot confidence 0.21"},
    "queue": {"position": 3, "estimated_wait_seconds": 240, "agents_online": 5},
    "options": {"engine": "offline", "kb_top_k": 3},
}


def shipping(**changes: Any) -> dict[str, Any]:
    """A deep copy of SHIPPING with top-level keys replaced."""
    body = copy.deepcopy(SHIPPING)
    body.update(changes)
    return body


def long_transcript(n: int) -> dict[str, Any]:
    """A realistic back-and-forth of ``n`` messages about a late order (for limits and the benchmark)."""
    turns = [
        ("customer", "Hello, I'm writing about order NW-502233, it still hasn't shipped."),
        ("ai", "Thanks for reaching out. Let me check order NW-502233 for you."),
        ("customer", "It's been 9 days since I paid 149.90 for it."),
        ("ai", "I can see the order is still being processed at our warehouse."),
        ("customer", "Processed for 9 days? What does that even mean?"),
        ("ai", "Sometimes items are restocked before they ship. You'll get an email when it ships."),
        ("customer", "I have not received any email. My address is jordan.p@example.org if that helps."),
        ("ai", "Thank you. I've resent the order confirmation to jordan.p@example.org."),
    ]
    messages = []
    for i in range(n):
        role, text = turns[i % len(turns)]
        messages.append({"id": f"m{i + 1}", "role": role, "text": text if i < len(turns) else f"{text} ({i})"})
    return shipping(conversation_id=f"conv-long-{n}", messages=messages)
