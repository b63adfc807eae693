ITEMS=[]
def R(t,v,typ,lvl,body=None,req=None):
    return dict(text=t,voice=v,category="risk",risk={"type":typ,"level":lvl},otherPersonRisk=False,requests=req or [],body=body or [])
def N(t,v,other=False,body=None):
    return dict(text=t,voice=v,category="near-miss",risk=None,otherPersonRisk=other,requests=[],body=body or [])
def Q(t,v,*reqs,body=None):
    return dict(text=t,voice=v,category="request",risk=None,otherPersonRisk=False,requests=list(reqs),body=body or [])
def B(t,v,*parts):
    return dict(text=t,voice=v,category="body",risk=None,otherPersonRisk=False,requests=[],body=list(parts))
def O(t,v):
    return dict(text=t,voice=v,category="ordinary",risk=None,otherPersonRisk=False,requests=[],body=[])
def r(type,when="now",**kw):
    d={"type":type,"when":when}; d.update(kw); return d
