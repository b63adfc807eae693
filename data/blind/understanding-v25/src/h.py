ITEMS=[]
def _add(text,voice,cat,risk=None,other=False,requests=None,body=None):
    ITEMS.append(dict(text=text,voice=voice,category=cat,risk=risk,otherPersonRisk=other,requests=requests or [],body=body or []))
def R(text,voice,typ,level,body=None,requests=None):
    _add(text,voice,"risk",{"type":typ,"level":level},body=body,requests=requests)
def N(text,voice,other=False,body=None):
    _add(text,voice,"near-miss",None,other,body=body)
def Q(text,voice,*reqs,body=None):
    _add(text,voice,"request",requests=list(reqs),body=body)
def q(type,when="now",ms=None,at=None,cond=None,phrase=None):
    d={"type":type,"when":when}
    if ms is not None: d["afterMs"]=ms
    if at is not None: d["atClock"]=at
    if cond is not None: d["condition"]=cond
    if phrase is not None: d["phrase"]=phrase
    return d
def nz(ms=None,at=None,cond=None,phrase=None): return q("nudge","later",ms,at,cond,phrase)
def B(text,voice,body,requests=None):
    _add(text,voice,"body",body=body,requests=requests)
def O(text,voice,body=None):
    _add(text,voice,"ordinary",body=body)
M=60000
