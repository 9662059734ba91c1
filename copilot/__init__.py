"""Handoff Copilot: turns an AI-assistant transcript into a handoff package for a human agent."""

__version__ = "0.1.0"
