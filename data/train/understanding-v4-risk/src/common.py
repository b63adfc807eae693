# helpers to assemble hand-written items; no text is generated here
ITEMS = []

def R(text, voice, rtype, level, req=None, body=None):
    ITEMS.append(dict(text=text, voice=voice, category="risk",
                      risk={"type": rtype, "level": level}, otherPersonRisk=False,
                      requests=req or [], body=body or []))

def N(text, voice, other=False, req=None, body=None):
    ITEMS.append(dict(text=text, voice=voice, category="near-miss", risk=None,
                      otherPersonRisk=other, requests=req or [], body=body or []))

def O(text, voice, req=None, body=None):
    ITEMS.append(dict(text=text, voice=voice, category="ordinary", risk=None,
                      otherPersonRisk=False, requests=req or [], body=body or []))

def nudge(**kw):
    d = {"type": "nudge", "when": "later"}; d.update(kw); return d

def rq(t, **kw):
    d = {"type": t, "when": "now"}; d.update(kw); return d
