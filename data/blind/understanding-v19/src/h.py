ITEMS=[]
def R(t,v,typ,lvl,body=None):
    ITEMS.append(dict(text=t,voice=v,category="risk",risk={"type":typ,"level":lvl},otherPersonRisk=False,requests=[],body=body or []))
def N(t,v,other=False,body=None):
    ITEMS.append(dict(text=t,voice=v,category="near-miss",risk=None,otherPersonRisk=other,requests=[],body=body or []))
def Q(t,v,reqs,body=None):
    out=[]
    for r in reqs:
        r=dict(r); r.setdefault("when","now"); out.append(r)
    ITEMS.append(dict(text=t,voice=v,category="request",risk=None,otherPersonRisk=False,requests=out,body=body or []))
def B(t,v,body,reqs=None):
    ITEMS.append(dict(text=t,voice=v,category="body",risk=None,otherPersonRisk=False,requests=reqs or [],body=body))
def O(t,v):
    ITEMS.append(dict(text=t,voice=v,category="ordinary",risk=None,otherPersonRisk=False,requests=[],body=[]))
