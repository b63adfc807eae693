import json, statistics, re
rows=[]
for p in ['drafts/part1.jsonl','drafts/part2.jsonl','drafts/part3.jsonl','drafts/part4.jsonl']:
    for l in open(p):
        if l.strip(): rows.append(json.loads(l))
fix={
 "c024": "Two marks in 2019 is clearly still stinging, even for someone who does ICU nights. With that 1hr 20 bus every shift, what would make a date feel safe enough to actually click book: more weeks to prepare, or a few practice tests first?",
 "c030": "The thing that kept you away was meant to be for the two of you, and now it's the reason she gave. That's a bitter one to sit with in the cab. How long are you up north before you get back to Riga?",
 "c048": "Earplugs and curtains already tried, and the drilling still wins, on top of being shouted at at 3am. Six months of four hours a night would wear anyone down. Is staying on nights something you can change, or does it feel locked in?",
 "c058": "It isn't about money for you, it's that your dad is alone at night in Mendoza while you're in Madrid, and your sister's words land right on that guilt. What would being 'there' look like to you, even from far away?",
 "c055": "You've probably heard that line a hundred times, sorry. Your uncle's job sounds like a real option to you, not a cop-out; what would you want to be doing at 25, and does chemistry even matter for that?",
 "c051": "A chat called 'the real ones' doesn't sound like forgetting, and seeing that name must have felt awful. How have you been at school around them since Ruby showed you?",
}
for r in rows:
    if r['id'] in fix: r['reference']=fix[r['id']]
ids=[r['id'] for r in rows]
assert len(ids)==len(set(ids))==60
wc=[]
for r in rows:
    assert list(r.keys())==['id','topic','voice','turns','reference'], r['id']
    assert 4<=len(r['turns'])<=8, r['id']
    assert r['turns'][-1]['role']=='seeker', r['id']
    for t in r['turns']:
        assert set(t)=={'role','text'} and t['role'] in ('supporter','seeker')
        if t['role']=='seeker': wc.append(len(t['text'].split()))
    s=len(re.findall(r'[.!?](\s|$)', r['reference'].strip()))
    if s>3: print('long ref', r['id'], s)
    for bad in ['I hear you','valid','I understand how you feel']:
        if bad.lower() in r['reference'].lower(): print('cliche', r['id'], bad)
print('median seeker words', statistics.median(wc), 'n seeker turns', len(wc))
with open('excerpts.jsonl','w') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False)+'\n')
for l in open('excerpts.jsonl'): json.loads(l)
print('written', len(rows))
print(sum(1 for r in rows if r['topic'].startswith('putting off')))
