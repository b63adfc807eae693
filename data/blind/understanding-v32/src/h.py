ITEMS=[]
def R(text, voice, t, lvl, body=None):
    ITEMS.append(dict(text=text, voice=voice, category="risk", risk={"type":t,"level":lvl}, otherPersonRisk=False, requests=[], body=body or []))
def N(text, voice, other=False, body=None):
    ITEMS.append(dict(text=text, voice=voice, category="near-miss", risk=None, otherPersonRisk=other, requests=[], body=body or []))
def Q(text, voice, reqs, body=None):
    ITEMS.append(dict(text=text, voice=voice, category="request", risk=None, otherPersonRisk=False, requests=reqs, body=body or []))
def B(text, voice, body, reqs=None):
    ITEMS.append(dict(text=text, voice=voice, category="body", risk=None, otherPersonRisk=False, requests=reqs or [], body=body))
def O(text, voice, reqs=None):
    ITEMS.append(dict(text=text, voice=voice, category="ordinary", risk=None, otherPersonRisk=False, requests=reqs or [], body=[]))
def r(t, when="now", ms=None, clock=None, cond=None, phrase=None):
    d={"type":t,"when":when}
    if ms is not None: d["afterMs"]=ms
    if clock: d["atClock"]=clock
    if cond: d["condition"]=cond
    if phrase: d["phrase"]=phrase
    return d
def nz(ms=None, clock=None, cond=None, phrase=None):
    return r("nudge","later",ms,clock,cond,phrase)
M=60000
