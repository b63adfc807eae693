ITEMS=[]
def R(text, voice, rtype, level, body=None, reqs=None):
    ITEMS.append(dict(text=text, voice=voice, category="risk", risk={"type":rtype,"level":level}, otherPersonRisk=False, requests=reqs or [], body=body or []))
def N(text, voice, other=False, body=None):
    ITEMS.append(dict(text=text, voice=voice, category="near-miss", risk=None, otherPersonRisk=other, requests=[], body=body or []))
def Q(text, voice, reqs, body=None):
    ITEMS.append(dict(text=text, voice=voice, category="request", risk=None, otherPersonRisk=False, requests=reqs, body=body or []))
def B(text, voice, body, reqs=None):
    ITEMS.append(dict(text=text, voice=voice, category="body", risk=None, otherPersonRisk=False, requests=reqs or [], body=body))
def O(text, voice, body=None):
    ITEMS.append(dict(text=text, voice=voice, category="ordinary", risk=None, otherPersonRisk=False, requests=[], body=body or []))
def rq(t, when="now", afterMs=None, atClock=None, condition=None, phrase=None):
    d={"type":t,"when":when}
    if afterMs is not None: d["afterMs"]=afterMs
    if atClock is not None: d["atClock"]=atClock
    if condition is not None: d["condition"]=condition
    if phrase is not None: d["phrase"]=phrase
    return d
M=60000
