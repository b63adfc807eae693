import json,re,glob
items=[]
for f in sorted(glob.glob('/work/writers/conversations-v35/src/b*.txt')):
    cur=None
    for line in open(f,encoding='utf-8'):
        line=line.rstrip('\n')
        if not line.strip(): continue
        if line.startswith('### '):
            cid,topic,voice=[x.strip() for x in line[4:].split('|')]
            clean=lambda t: re.sub(r',\s*(RISK|explicit.*)$','',t).strip()
            cur={"id":cid,"topic":clean(topic),"voice":clean(voice),"turns":[],"reference":None}
            items.append(cur)
        elif line.startswith('S: '): cur["turns"].append({"role":"supporter","text":line[3:]})
        elif line.startswith('K: '): cur["turns"].append({"role":"seeker","text":line[3:]})
        elif line.startswith('= '): cur["reference"]=line[2:]
        else: raise SystemExit('bad line: '+line)
ids=set()
for it in items:
    assert it["id"] not in ids, it["id"]; ids.add(it["id"])
    assert 4<=len(it["turns"])<=8, (it["id"],len(it["turns"]))
    assert it["turns"][-1]["role"]=="seeker", it["id"]
    assert it["reference"], it["id"]
    assert list(it)==["id","topic","voice","turns","reference"]
with open('/work/writers/conversations-v35/excerpts.jsonl','w',encoding='utf-8') as o:
    for it in items: o.write(json.dumps(it,ensure_ascii=False)+'\n')
# validate file
n=0; words=[]
for l in open('/work/writers/conversations-v35/excerpts.jsonl',encoding='utf-8'):
    d=json.loads(l); n+=1
    assert set(d)=={"id","topic","voice","turns","reference"}
    words+= [len(t["text"].split()) for t in d["turns"] if t["role"]=="seeker"]
import statistics
print(n,"items; seeker turn median words",statistics.median(words))
for it in items: print(it["id"],len(it["turns"]),'|',it["topic"],'|',it["voice"])
