import json,statistics,collections
items=[]
for f in ['src/a.txt','src/b.txt','src/c.txt']:
    for block in open(f).read().split('### ')[1:]:
        lines=[l for l in block.strip().split('\n') if l.strip()]
        idd,topic,voice=[x.strip() for x in lines[0].split('|')]
        turns=[];ref=None
        for l in lines[1:]:
            k,t=l[:2],l[3:].strip()
            if k=='P:':turns.append({'role':'supporter','text':t})
            elif k=='S:':turns.append({'role':'seeker','text':t})
            elif k=='R:':ref=t
            else: raise Exception(l)
        items.append(dict(id=idd,topic=topic,voice=voice,turns=turns,reference=ref))
with open('excerpts.jsonl','w') as o:
    for i in items: o.write(json.dumps(i,ensure_ascii=False)+'\n')
# validate
ids=set();ws=[]
for line in open('excerpts.jsonl'):
    d=json.loads(line)
    assert set(d)=={'id','topic','voice','turns','reference'},d['id']
    assert d['id'] not in ids; ids.add(d['id'])
    assert 4<=len(d['turns'])<=8,d['id']
    assert d['turns'][-1]['role']=='seeker',d['id']
    assert all(set(t)=={'role','text'} and t['role'] in('seeker','supporter') and t['text'] for t in d['turns'])
    assert d['reference']
    ws+=[len(t['text'].split()) for t in d['turns'] if t['role']=='seeker']
print(len(ids),'ok; seeker median words',statistics.median(ws))
print(collections.Counter(i['topic'].split(':')[0].split(' with')[0] for i in items))
