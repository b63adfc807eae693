ITEMS = []
def q(t, when="now", ms=None, at=None, cond=None, ph=None):
    d = {"type": t, "when": when}
    if ms is not None: d["afterMs"] = ms
    if at is not None: d["atClock"] = at
    if cond is not None: d["condition"] = cond
    if ph is not None: d["phrase"] = ph
    return d
def _add(cat, text, voice, risk=None, other=False, req=None, body=None):
    ITEMS.append({"text": text, "voice": voice, "category": cat, "risk": risk,
                  "otherPersonRisk": other, "requests": req or [], "body": body or []})
def R(text, voice, t, lvl, req=None, body=None):
    _add("risk", text, voice, {"type": t, "level": lvl}, False, req, body)
def N(text, voice, other=False, req=None, body=None):
    _add("near-miss", text, voice, None, other, req, body)
def Q(text, voice, req, body=None):
    _add("request", text, voice, None, False, req, body)
def B(text, voice, body, req=None):
    _add("body", text, voice, None, False, req, body)
def O(text, voice, body=None, req=None):
    _add("ordinary", text, voice, None, False, req, body)
