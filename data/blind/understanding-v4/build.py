# Assembles hand-written lines from src/*.txt into items.jsonl. No text is generated here.
import json, re, random, statistics, collections, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [("risk.txt","risk"),("near.txt","near-miss"),("req_nudge.txt","request"),
         ("req_other.txt","request"),("req2.txt","request"),("risk2.txt","risk"),("near2.txt","near-miss"),("body2.txt","body"),("ord2.txt","ordinary"),("body.txt","body"),("ord.txt","ordinary")]
BODY = {"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands",
        "fingers","legs","feet","breath","whole-body"}
RTYPES = {"concrete","smaller","nudge","cue","pause","next","explain","stop"}
RISKT = {"suicide","self-harm","harm-to-others","abuse","medical-emergency"}
def dec(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1),16)), s)
items=[]
for fn,cat in FILES:
    for ln,line in enumerate(open(os.path.join(HERE,"src",fn),encoding="utf-8"),1):
        line=line.rstrip("\n")
        if not line.strip() or line.startswith("#"): continue
        parts=line.split(" ## ")
        if len(parts)==2: parts.append("")
        assert len(parts)==3, (fn,ln,line)
        voice,text,ann=parts[0].strip(),dec(parts[1].strip()),parts[2].strip()
        o={"id":None,"text":text,"voice":voice,"category":cat,"risk":None,
           "otherPersonRisk":False,"requests":[],"body":[]}
        for a in [x.strip() for x in ann.split(";") if x.strip()]:
            if a=="o": o["otherPersonRisk"]=True
            elif a.startswith("r="):
                t,l=a[2:].split("/"); assert t in RISKT and l in ("clear","possible"),(fn,ln)
                o["risk"]={"type":t,"level":l}
            elif a.startswith("b="):
                bs=a[2:].split(","); assert all(b in BODY for b in bs),(fn,ln,bs)
                o["body"]=bs
            elif a.startswith("q="):
                f=a[2:].split("/"); t=f[0]; assert t in RTYPES,(fn,ln,t)
                r={"type":t,"when":"now"}
                for x in f[1:]:
                    if x in ("now","later"): r["when"]=x
                    elif x.startswith("ms="): r["afterMs"]=int(x[3:])
                    elif x.startswith("at="):
                        assert re.fullmatch(r"[0-2]\d:[0-5]\d",x[3:]),(fn,ln,x); r["atClock"]=x[3:]
                    elif x.startswith("c="): r["condition"]=x[2:]
                    elif x.startswith("p="): r["phrase"]=x[2:]
                    else: raise ValueError((fn,ln,x))
                if "condition" in r: assert r["condition"].lower() in text.lower(),(fn,ln,r)
                if "phrase" in r: assert r["phrase"].lower() in text.lower(),(fn,ln,r)
                o["requests"].append(r)
            else: raise ValueError((fn,ln,a))
        items.append(o)
texts=[i["text"].lower() for i in items]
dups=[t for t,c in collections.Counter(texts).items() if c>1]
assert not dups, dups
random.Random(4242).shuffle(items)
for n,i in enumerate(items,1): i["id"]="x%04d"%n
with open(os.path.join(HERE,"items.jsonl"),"w",encoding="utf-8") as f:
    for i in items:
        f.write(json.dumps(i,ensure_ascii=False).replace("\u200b","\\u200b")+"\n")
print(len(items))
