"""The Jinja2 template of report.html, kept in a module so it ships inside the package.

Self-contained by design: inline CSS, inline SVG charts, a few lines of inline script for the failure filter;
no external font, stylesheet, script or image. Autoescaping is on: transcripts are untrusted text.
"""

from __future__ import annotations

__all__ = ["TEMPLATE"]

TEMPLATE = r"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>eval {{ h.suite }} · {{ h.engine }}</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,Segoe
UI,Roboto,sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
main{max-width:1180px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px}
.card{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:16px;margin-bottom:16px}
.muted{color:#6b7380}.ok{color:#137333}.bad{color:#b3261e}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #edf0f3;
vertical-align:top}th{font-weight:600;background:#fafbfc}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.mini{display:inline-block;width:60px;height:8px;background:#edf0f3;border-radius:4px;vertical-align:middle}
.mini i{display:block;height:8px;border-radius:4px;background:#4c78a8}
.pill{display:inline-block;padding:0 6px;border-radius:9px;background:#edf0f3;font-size:12px;margin-right:3px}
details.case{background:#fff;border:1px solid #dde1e7;border-radius:6px;margin:6px 0}
details.case>summary{cursor:pointer;padding:8px 12px;list-style:none}
details.case[open]>summary{border-bottom:1px solid #edf0f3}
.body{padding:12px}.msg{margin:4px 0;padding:6px
10px;border-radius:6px;background:#f1f3f6;white-space:pre-wrap}
.msg.customer{background:#e8f0fe}.msg.agent{background:#e6f4ea}.msg.system{background:#fef7e0}
.role{font-weight:600;font-size:12px;text-transform:uppercase;color:#555;margin-right:6px}
pre{background:#0f1720;color:#e6edf3;padding:10px;border-radius:6px;overflow:auto;max-height:420px;font-size:12px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:16px}.grid>div{min-width:0}
.msg,td.why,li{overflow-wrap:anywhere}
@media(max-width:900px){.grid{grid-template-columns:1fr}}
svg text{font:11px system-ui,sans-serif;fill:#333}
</style></head><body><main>
<h1>{{ h.suite }} <span class="muted">· engine {{ h.engine }}{% if h.model %} · model {{ h.model }}{% endif %}
{% if h.judge_model %} · judge {{ h.judge_model }}{% endif %}</span></h1>
<div class="muted">{{ h.cases }} cases · {{ h.failed_cases }} failed · {{ h.errored_cases }} errors ·
{{ "%.1f"|format(h.duration_s) }} s · started {{ h.started_at }}</div>
{% if h.thresholds %}<div class="card" style="margin-top:14px"><strong>Thresholds</strong><ul>
{% for t in thresholds %}<li class="{{ 'ok' if t.passed else 'bad' }}">{{ '✓' if t.passed else '✗' }}
 {{ t.text }}</li>
{% endfor %}</ul></div>{% endif %}
{% if h.warnings %}<div class="card"><strong>Warnings</strong><ul>{% for w in h.warnings %}<li>{{ w }}</li>
{% endfor %}</ul></div>{% endif %}

<h2>Metrics</h2>
<div class="card"><svg width="100%" viewBox="0 0 900 {{ 26 * metrics|length + 10 }}" role="img"
 aria-label="metric bars">
{% for m in metrics %}{% set y = 26 * loop.index0 + 6 %}
<text x="0" y="{{ y + 13 }}">{{ m.name }}</text>
{% if m.latency %}<text x="230" y="{{ y + 13 }}">{{ m.display }} ms (lower is better)</text>
{% else %}<rect x="230" y="{{ y }}" width="400" height="16" rx="3" fill="#edf0f3"/>
<rect x="230" y="{{ y }}" width="{{ 400 * (m.value or 0) }}" height="16" rx="3" fill="{{ m.color }}"/>
{% if m.bar is not none %}<line x1="{{ 230 + 400 * m.bar }}" x2="{{ 230 + 400 * m.bar }}" y1="{{ y - 3 }}"
 y2="{{ y + 19 }}" stroke="#111" stroke-width="2"/>{% endif %}
<text x="640" y="{{ y + 13 }}">{{ m.display }} · n={{ m.cases }} · {{ m.better }}</text>{% endif %}
{% endfor %}</svg>
<div class="muted">Bars span 0 to 1; the black mark is the suite threshold. Green: threshold met, red: missed,
blue: no threshold. Metrics without value had no case carrying their field.</div></div>

<h2>Latency histogram</h2><div class="card">
{% if histogram %}<svg width="100%" style="max-width:720px" viewBox="0 0 520 200" role="img"
 aria-label="latency histogram">
{% for b in histogram %}{% set bh = 140 * b.count / hist_max %}
<rect x="{{ 30 + loop.index0 * bar_w }}" y="{{ 160 - bh }}" width="{{ bar_w - 2 }}" height="{{ bh }}"
 fill="#4c78a8"><title>{{ b.low }}–{{ b.high }} ms: {{ b.count }} cases</title></rect>
{% endfor %}<line x1="30" x2="510" y1="160" y2="160" stroke="#888"/>
<text x="30" y="178">{{ histogram[0].low }} ms</text>
<text x="510" y="178" text-anchor="end">{{ histogram[-1].high }} ms</text>
<text x="510" y="12" text-anchor="end">tallest bar: {{ hist_max }} cases</text></svg>
{% else %}<p class="muted">no latencies</p>{% endif %}</div>
<h2>Per tag</h2><div class="card" style="overflow:auto"><table>
<tr><th>tag</th><th class="num">cases</th><th class="num">failed</th>{% for n in tag_metrics %}
<th title="{{ n }}">{{ n|replace('_', ' ') }}</th>{% endfor %}</tr>
{% for t in tags %}<tr><td>{{ t.tag }}</td><td class="num">{{ t.cases }}</td><td class="num">{{ t.failed }}
</td>
{% for n in tag_metrics %}{% set v = t.metrics[n] %}<td class="num">{% if v is none %}–{% else %}
<span class="mini"><i style="width:{{ (100 * v)|round(0) }}%"></i></span> {{ "%.2f"|format(v) }}{% endif %}
</td>
{% endfor %}</tr>{% endfor %}</table></div>

<h2>Cases</h2>
<label><input type="checkbox" id="failonly"> show failing cases only</label>
<div id="cases">
{% for r in results %}
<details class="case" data-failed="{{ 'no' if r.passed else 'yes' }}">
<summary><strong class="{{ 'ok' if r.passed else 'bad' }}">{{ '✓' if r.passed else '✗' }}</strong>
<strong>{{ r.id }}</strong> {% for tag in r.tags %}<span class="pill">{{ tag }}</span>{% endfor %}
{% if r.error %}<span class="bad">error: {{ r.error }}</span>{% endif %}
{% for name, s in r.scores.items() if not s.passed %}<span class="pill bad">{{ name }} {{ s.value }}
</span>{% endfor %}
{% if r.latency_ms is not none %}<span class="muted">{{ r.latency_ms }} ms</span>{% endif %}</summary>
<div class="body">
<h3>Scorers</h3><table><tr><th>metric</th><th class="num">value</th><th>decision</th><th>why</th></tr>
{% for name, s in r.scores.items() %}<tr><td>{{ name }}</td><td class="num">{{ s.value }}</td>
<td class="{{ 'ok' if s.passed else 'bad' }}">{{ 'pass' if s.passed else 'fail' }}</td><td class="why">{{ s.why }}
</td></tr>
{% endfor %}</table>
<div class="grid"><div><h3>Transcript</h3>
{% for m in r.request.messages %}
<div class="msg {{ m.role }}"><span class="role">{{ m.role }}{% if m.id %} {{ m.id }}{% endif %}</span>
{{- m.text }}</div>
{% endfor %}</div>
<div>{% if r.package %}
<h3>First message</h3><div class="msg agent">{{ r.package.suggested_first_message.text }}</div>
<h3>Summary</h3><p><strong>{{ r.package.summary.headline }}</strong></p><ul>
{% for p in r.package.summary.points %}<li>{{ p.text }} <span class="muted">{{ p.message_ids|join(', ') }}
</span></li>
{% endfor %}</ul>{% endif %}<h3>Expected</h3><pre>{{ r.expected|pretty }}</pre></div></div>
{% if r.package %}<h3>Package</h3><pre>{{ r.package|pretty }}</pre>{% endif %}
</div></details>
{% endfor %}</div>
<script>
document.getElementById('failonly').addEventListener('change', function (e) {
  document.querySelectorAll('#cases details.case').forEach(function (d) {
    d.style.display = e.target.checked && d.dataset.failed === 'no' ? 'none' : '';
  });
});
</script>
</main></body></html>
"""
