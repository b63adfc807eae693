ITEMS=[]
def R(text,voice,typ,level,body=None,reqs=None):
    ITEMS.append(dict(text=text,voice=voice,category="risk",risk={"type":typ,"level":level},otherPersonRisk=False,requests=reqs or [],body=body or []))
def N(text,voice,other=False,body=None,reqs=None):
    ITEMS.append(dict(text=text,voice=voice,category="near-miss",risk=None,otherPersonRisk=other,requests=reqs or [],body=body or []))
def Q(text,voice,*reqs,body=None):
    ITEMS.append(dict(text=text,voice=voice,category="request",risk=None,otherPersonRisk=False,requests=list(reqs),body=body or []))
def B(text,voice,body,reqs=None):
    ITEMS.append(dict(text=text,voice=voice,category="body",risk=None,otherPersonRisk=False,requests=reqs or [],body=body))
def O(text,voice):
    ITEMS.append(dict(text=text,voice=voice,category="ordinary",risk=None,otherPersonRisk=False,requests=[],body=[]))
def r(typ,when="now",afterMs=None,atClock=None,condition=None,phrase=None):
    d={"type":typ,"when":when}
    if afterMs is not None: d["afterMs"]=afterMs
    if atClock: d["atClock"]=atClock
    if condition: d["condition"]=condition
    if phrase: d["phrase"]=phrase
    return d
def nl(**k): return r("nudge","later",**k)
M=60000
