import json, glob, re, collections
items=[]
for f in sorted(glob.glob('src/*.txt')):
    for block in open(f).read().strip().split('\n\n'):
        d={"id":None,"topic":None,"voice":None,"turns":[],"reference":None}
        for line in block.strip().split('\n'):
            k,v=line.split(': ',1)
            if k=='ID': d['id']=v
            elif k=='T': d['topic']=v
            elif k=='V': d['voice']=v
            elif k=='S': d['turns'].append({"role":"supporter","text":v})
            elif k=='K': d['turns'].append({"role":"seeker","text":v})
            elif k=='R': d['reference']=v
            else: raise Exception(line)
        items.append(d)
with open('excerpts.jsonl','w') as o:
    for d in items: o.write(json.dumps(d,ensure_ascii=False)+'\n')
# validate
ids=set(); n=0; sw=[]
for line in open('excerpts.jsonl'):
    d=json.loads(line); n+=1
    assert set(d)=={"id","topic","voice","turns","reference"}, d['id']
    assert d['id'] not in ids; ids.add(d['id'])
    assert 4<=len(d['turns'])<=8, (d['id'],len(d['turns']))
    assert d['turns'][-1]['role']=='seeker', d['id']
    assert all(set(t)=={"role","text"} for t in d['turns'])
    assert all(d[k] for k in ("topic","voice","reference"))
    sw+= [len(t['text'].split()) for t in d['turns'] if t['role']=='seeker']
sw.sort()
print(n,'ok; median seeker words',sw[len(sw)//2])
print(sum(1 for d in items if d['topic'].startswith('putting off')),'task')
