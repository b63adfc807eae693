ITEMS = []
def _add(cat, text, voice, risk=None, other=False, requests=None, body=None):
    ITEMS.append({"text": text, "voice": voice, "category": cat, "risk": risk,
                  "otherPersonRisk": other, "requests": requests or [], "body": body or []})
def R(text, voice, typ, level, body=None, requests=None):
    _add("risk", text, voice, {"type": typ, "level": level}, False, requests, body)
def N(text, voice, other=False, body=None):
    _add("near-miss", text, voice, None, other, None, body)
def Q(text, voice, reqs, body=None):
    _add("request", text, voice, None, False, reqs, body)
def B(text, voice, body, requests=None):
    _add("body", text, voice, None, False, requests, body)
def O(text, voice):
    _add("ordinary", text, voice)
def r(t, when="now", ms=None, clock=None, cond=None, phrase=None):
    d = {"type": t, "when": when}
    if ms is not None: d["afterMs"] = ms
    if clock is not None: d["atClock"] = clock
    if cond is not None: d["condition"] = cond
    if phrase is not None: d["phrase"] = phrase
    return d
M = 60000
