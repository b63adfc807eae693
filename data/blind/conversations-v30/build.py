import json,re,statistics
items=[]
for f in ['src1.txt','src2.txt','src3.txt','src4.txt']:
    for blk in open(f).read().split('### ')[1:]:
        lines=[l for l in blk.strip().split('\n') if l.strip()]
        id_,topic,voice=[x.strip() for x in lines[0].split('|',2)]
        turns=[];ref=None
        for l in lines[1:]:
            tag,txt=l.split(': ',1)
            if tag=='S': turns.append({'role':'supporter','text':txt.strip()})
            elif tag=='U': turns.append({'role':'seeker','text':txt.strip()})
            elif tag=='R': ref=txt.strip()
            else: raise Exception(l)
        items.append({'id':id_,'topic':topic,'voice':voice,'turns':turns,'reference':ref})
ids=[i['id'] for i in items]; assert len(ids)==len(set(ids)),ids
for it in items:
    assert 4<=len(it['turns'])<=8,(it['id'],len(it['turns']))
    assert it['turns'][-1]['role']=='seeker',it['id']
    assert it['reference'],it['id']
    assert set(it)=={'id','topic','voice','turns','reference'}
    bad=[c for c in ['i hear you','valid','journey'] if c in it['reference'].lower()]
    assert not bad,(it['id'],bad)
with open('excerpts.jsonl','w') as o:
    for it in items: o.write(json.dumps(it,ensure_ascii=False)+'\n')
for l in open('excerpts.jsonl'): json.loads(l)
w=[len(t['text'].split()) for it in items for t in it['turns'] if t['role']=='seeker']
print(len(items),'median seeker words',statistics.median(w))
print('task',sum(i['topic'].startswith('task') for i in items))
import collections
print(collections.Counter(len(i['turns']) for i in items))
