import json,collections,statistics,re
L=[json.loads(l) for l in open('../items.jsonl')]
keys=["id","text","voice","category","risk","otherPersonRisk","requests","body"]
BP={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
for o in L:
    assert list(o)==keys,o
    assert o["category"] in {"risk","near-miss","request","body","ordinary"}
    if o["risk"]: assert o["risk"]["type"] in {"suicide","self-harm","harm-to-others","abuse","medical-emergency"} and o["risk"]["level"] in {"clear","possible"}
    assert (o["risk"] is not None)==(o["category"]=="risk")
    for b in o["body"]: assert b in BP
    for r in o["requests"]:
        assert r["type"] in RT
        if "atClock" in r: assert re.fullmatch(r"[0-2]\d:[0-5]\d",r["atClock"])
    if o["category"]=="request": assert o["requests"]
print("n",len(L))
print("cat",collections.Counter(o["category"] for o in L))
print("risk",collections.Counter((o["risk"]["type"],o["risk"]["level"]) for o in L if o["risk"]))
print("other",sum(o["otherPersonRisk"] for o in L))
rq=[r for o in L for r in o["requests"]]
print("reqtypes",collections.Counter(r["type"] for r in rq))
print("fields",collections.Counter(k for r in rq for k in r if k!="type"))
print("when",collections.Counter(r["when"] for r in rq))
nud=[r for r in rq if r["type"]=="nudge"]
print("nudges with time/trigger",sum(1 for r in nud if any(k in r for k in("afterMs","atClock","condition"))),"of",len(nud))
print("bodyparts",collections.Counter(b for o in L for b in o["body"]))
v=collections.Counter(o["voice"] for o in L)
print("voices",len(v));
for k,c in v.most_common(): print("  ",c,k)
w=sorted(len(o["text"].split()) for o in L)
print("median words",statistics.median(w),"p90",w[int(0.9*len(w))-1],"share<30",sum(x<30 for x in w)/len(w))
nr=[o for o in L if o["category"]!="request"]
print("qmark non-request",sum("?" in o["text"] for o in nr),len(nr))
low=sum(o["text"]==o["text"].lower() for o in L); print("all-lowercase texts",low)
kw="beekeep|bee|hive|swarm|honey|ferry|sailing|engine room|porter|reception|guest|florist|wreath|funeral|fairground|waltzer|dodgem|ride|ghost train|chairoplane|drop tower|tree|chainsaw|oak|sycamore|hedge|prison|wing|librar|bus|coach|spinn|fleece|wool|skein|wheel|dye|crossing|lollipop|tasmania|hobart|launceston|bruny|sardinia|myrtle|mongolia|ulaanbaatar|steppe|herder|orkney|stromness|skerries|ronaldsay|anatolia|istanbul|cape verde|praia|yukon|bolivia|la paz|sucre|cochabamba|kerala|monsoon|shetland|lerwick|knit|lambing|milking|calves|mine|apple|bear|cabin|trapper|ferry|fish market|carpet|prayer|tsagaan"
pc=sum(1 for o in L if re.search(kw,o["text"].lower()) or "working adult" in o["voice"] or "Bolivia" in o["voice"] or "Kerala" in o["voice"] or "Cape Verde" in o["voice"] or "Anatolia" in o["voice"] or "Mongolian" in o["voice"] or "Sardinia" in o["voice"])
print("listed walks/places approx",pc,pc/len(L))
