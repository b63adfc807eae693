import json, re, statistics, importlib.util, collections
items=[]
for p in ["part1","part2","part3","part4"]:
    spec=importlib.util.spec_from_file_location(p,f"src/{p}.py"); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    items+=m.ITEMS
out=[]; ids=set(); words=[]
for (i,topic,voice,turns,ref) in items:
    assert i not in ids, i; ids.add(i)
    assert 4<=len(turns)<=8, (i,len(turns))
    assert turns[-1][0]=="seeker", i
    for r,t in turns:
        assert r in("supporter","seeker") and t.strip()
        if r=="seeker": words.append(len(t.split()))
    out.append({"id":i,"topic":topic,"voice":voice,"turns":[{"role":r,"text":t} for r,t in turns],"reference":ref})
with open("excerpts.jsonl","w") as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
# validate
keys={"id","topic","voice","turns","reference"}
n=0
for line in open("excerpts.jsonl"):
    o=json.loads(line); assert set(o)==keys; n+=1
print("n",n,"median seeker words",statistics.median(words),"mean",round(sum(words)/len(words),1))
bad=["i hear you","valid","you've got this","journey","reach out"]
for o in out:
    r=o["reference"].lower()
    for b in bad:
        if b in r: print("cliche",o["id"],b)
    ns=len(re.findall(r'[.?!](\s|$)',o["reference"]))
    if ns>3: print("sentences",o["id"],ns)
print(collections.Counter(o["reference"].split()[0] for o in out).most_common(10))
