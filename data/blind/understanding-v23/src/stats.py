import json, collections, statistics, re
L=[json.loads(l) for l in open('../items.jsonl')]
KEYS={"id","text","voice","category","risk","otherPersonRisk","requests","body"}
BODY={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
for i,o in enumerate(L,1):
    assert set(o)==KEYS,o; assert o["id"]==f"x{i:04d}"
    assert o["category"] in {"risk","near-miss","request","body","ordinary"}
    if o["risk"] is not None: assert o["risk"]["type"] in {"suicide","self-harm","harm-to-others","abuse","medical-emergency"} and o["risk"]["level"] in {"clear","possible"}
    assert (o["risk"] is not None)==(o["category"]=="risk")
    assert isinstance(o["otherPersonRisk"],bool)
    for r in o["requests"]:
        assert r["type"] in RT and r["when"] in {"now","later"}
        assert set(r)<= {"type","when","afterMs","atClock","condition","phrase"}
        if "atClock" in r: assert re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d",r["atClock"])
        if "afterMs" in r: assert isinstance(r["afterMs"],int) and r["afterMs"]>0
    assert (len(o["requests"])>0)==(o["category"]=="request")
    assert all(b in BODY for b in o["body"])
    if o["category"]=="body": assert o["body"]
print("valid",len(L))
out=[]
p=lambda *a: out.append(" ".join(str(x) for x in a))
p("## Counts per category");[p(f"- {k}: {v}") for k,v in collections.Counter(o["category"] for o in L).most_common()]
p("\n## Risk type x level")
c=collections.Counter((o["risk"]["type"],o["risk"]["level"]) for o in L if o["risk"])
for t in ["suicide","self-harm","abuse","harm-to-others","medical-emergency"]:
    p(f"- {t}: clear {c[(t,'clear')]}, possible {c[(t,'possible')]}")
p(f"- total clear {sum(v for (t,l),v in c.items() if l=='clear')}, possible {sum(v for (t,l),v in c.items() if l=='possible')}")
p(f"\n- otherPersonRisk true: {sum(o['otherPersonRisk'] for o in L)} (all in near-miss: {all(o['category']=='near-miss' for o in L if o['otherPersonRisk'])})")
p("\n## Request types (individual requests; some messages hold two)")
rs=[r for o in L for r in o["requests"]]
[p(f"- {k}: {v}") for k,v in collections.Counter(r["type"] for r in rs).most_common()]
p(f"- messages with >1 request: {sum(len(o['requests'])>1 for o in L)}")
p("\n## Request field counts")
for f in ["when","afterMs","atClock","condition","phrase"]: p(f"- {f}: {sum(f in r for r in rs)}")
p(f"- when=later: {sum(r['when']=='later' for r in rs)}, when=now: {sum(r['when']=='now' for r in rs)}")
nud=[r for r in rs if r['type']=='nudge']
p(f"- nudges with afterMs/atClock/condition (any): {sum(any(k in r for k in ('afterMs','atClock','condition')) for r in nud)} of {len(nud)}; vague nudges (none of those): {sum(not any(k in r for k in ('afterMs','atClock','condition')) for r in nud)}")
p("\n## Body labels")
bc=collections.Counter(b for o in L for b in o["body"])
p(f"- messages with body labels: {sum(bool(o['body']) for o in L)} (outside body category: {sum(bool(o['body']) and o['category']!='body' for o in L)})")
p("- "+", ".join(f"{k} {v}" for k,v in bc.most_common()))
p("\n## Voices")
[p(f"- {k}: {v}") for k,v in collections.Counter(o["voice"] for o in L).most_common()]
wl=[len(o["text"].split()) for o in L]; s=sorted(wl)
p("\n## Length (words, whitespace split)")
p(f"- median {statistics.median(wl)}, 90th percentile {s[int(0.9*len(s))-1]}, max {max(wl)}, share under 30 words {sum(w<30 for w in wl)/len(wl):.1%}")
nq=[o for o in L if o['category']!='request']
p(f"- share of non-request messages with a '?': {sum('?' in o['text'] for o in nq)/len(nq):.1%}")
p(f"- share of messages with no capital letters: {sum(o['text']==o['text'].lower() for o in L)/len(L):.1%}")
W=["bricklayer","tram","school cook","fish","care-home","care home","retired nurse","scaffold","florist","warehouse","young carer","carer","morocco","casablanca","bosnia","sarajevo","tasmania","hobart","zimbabwe","harare","shona","sri lanka","colombo","sinhala","wales","welsh","cardiff","swansea","aberystwyth","guatemala","kerala","kochi","malayalam","estonia","tartu","tallinn","bosnian","brickie","depot","packhouse","tassie","launceston","devonport","negombo","mostar","bulawayo","mutare","huehuetenango","cwmbran","residents"]
p(f"- messages whose writer/voice/text is from the suggested walks of life or places: {sum(any(w in (o['text']+' '+o['voice']).lower() for w in W) for o in L)} of {len(L)}")
open('stats.md','w').write("\n".join(out)); print("\n".join(out))
