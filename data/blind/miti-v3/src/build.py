import json, collections, glob, sys
TC = {'QO':'question-open','QC':'question-closed','SR':'reflection-simple','CR':'reflection-complex',
      'GI':'giving-information','PER':'persuade','PWP':'persuade-with-permission','AF':'affirm',
      'SEEK':'seeking-collaboration','EA':'emphasizing-autonomy','CON':'confront','NA':'none'}
CC = {'+':'change','-':'sustain','0':'neutral'}
exs=[]; cur=None
for f in sorted(glob.glob('src/part*.txt')):
    for ln,line in enumerate(open(f),1):
        line=line.rstrip('\n')
        if not line.strip(): continue
        if line.startswith('# '):
            i,t,s,st=[x.strip() for x in line[2:].split('|')]
            cur={'id':i,'topic':t,'skill':s,'style':st,'turns':[]}; exs.append(cur); continue
        sp,rest=line.split(' ',1); code,text=rest.split(': ',1)
        if sp=='T':
            if cur['turns'] and cur['turns'][-1]['speaker']=='therapist':
                cur['turns'][-1]['utterances'].append({'text':text,'code':TC[code]})
            else:
                cur['turns'].append({'speaker':'therapist','utterances':[{'text':text,'code':TC[code]}]})
        elif sp=='C':
            assert not (cur['turns'] and cur['turns'][-1]['speaker']=='client'), (f,ln)
            cur['turns'].append({'speaker':'client','text':text,'code':CC[code]})
        else: raise SystemExit(f'bad {f}:{ln}')
# validate
ids=[e['id'] for e in exs]; assert len(ids)==len(set(ids))
bad=[(e['id'],len(e['turns'])) for e in exs if not 8<=len(e['turns'])<=16]
print('bad turn counts',bad)
tc=collections.Counter(); cc=collections.Counter(); bys=collections.defaultdict(collections.Counter)
for e in exs:
    for t in e['turns']:
        if t['speaker']=='therapist':
            for u in t['utterances']: tc[u['code']]+=1; bys[e['skill']][u['code']]+=1
        else: cc[t['code']]+=1
n=sum(tc.values())
print('exchanges',len(exs),'ther utts',n,'client turns',sum(cc.values()))
for k in TC.values(): print(f'  {k:26s}{tc[k]:4d} {100*tc[k]/n:5.1f}%')
print(' reflections', tc['reflection-simple']+tc['reflection-complex'], (tc['reflection-simple']+tc['reflection-complex'])/n)
print(cc)
for s in bys: print(s, sum(bys[s].values()), dict(bys[s]))
print(collections.Counter(e['skill'] for e in exs), collections.Counter(e['style'] for e in exs), collections.Counter(e['topic'] for e in exs))
if '--write' in sys.argv:
    with open('exchanges.jsonl','w') as f:
        for e in exs: f.write(json.dumps(e,ensure_ascii=False)+'\n')
    with open('utterances-uncoded.jsonl','w') as f:
        for e in exs:
            e2={k:v for k,v in e.items() if k!='turns'}; e2['turns']=[]
            for t in e['turns']:
                if t['speaker']=='therapist': e2['turns'].append({'speaker':'therapist','utterances':[{'text':u['text']} for u in t['utterances']]})
                else: e2['turns'].append({'speaker':'client','text':t['text']})
            f.write(json.dumps(e2,ensure_ascii=False)+'\n')
    print('written')
