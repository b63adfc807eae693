import json, statistics
ITEMS=[]
for i in range(1,7): exec(open(f'part{i}.py').read())
out=[]; ids=set()
for iid,topic,voice,turns,ref in ITEMS:
    assert iid not in ids; ids.add(iid)
    t=[]
    for x in turns:
        r,txt=x.split(': ',1)
        t.append({"role":{"S":"supporter","U":"seeker"}[r],"text":txt})
    assert 4<=len(t)<=8,(iid,len(t)); assert t[-1]["role"]=="seeker",iid
    assert '"' not in ref and ref.strip() and not ref.startswith('wait'),iid
    out.append({"id":iid,"topic":topic,"voice":voice,"turns":t,"reference":ref})
with open('excerpts.jsonl','w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
# validate
keys={"id","topic","voice","turns","reference"}; n=0; w=[]
for line in open('excerpts.jsonl'):
    o=json.loads(line); assert set(o)==keys; n+=1
    assert 4<=len(o["turns"])<=8 and o["turns"][-1]["role"]=="seeker"
    assert all(set(t)=={"role","text"} for t in o["turns"])
    w+= [len(t["text"].split()) for t in o["turns"] if t["role"]=="seeker"]
    rs=len([s for s in o["reference"].replace('?','.').replace('!','.').split('. ') if s.strip()])
print(n,"items; seeker words median",statistics.median(w),"mean",round(statistics.mean(w),1))
print("ref lengths words", sorted(len(o["reference"].split()) for o in out))
