import json,glob
turnfix={
("c042",2):"third time. i will have to repeat the year and everyone from my group goes to fourth year without me",
("c045",1):"weird. quiet. her phone keeps getting texts from the pharmacy saying her prescription is ready to collect",
("c049",3):"and my daughter needs school shoes. again. her feet grow faster than my bursary comes in",
("c050",2):"quiet. only drunk people and delivery men, and the uncle who buys tea eggs at 4am",
("c053",2):"she feeds, i do nappies and walking up and down the corridor singing. we are zombies",
("c055",2):"sick. last two times i fail on roundabout at Mile End, i go in the wrong lane and freeze",
("c056",4):"they sent a letter about fines. thats the help. a letter about fines",
("c058",3):"saw them on someone's story at a gig last night looking absolutely fine and having a great time",
("c059",3):"1 year. i was architect in Belo Horizonte, i designed a school, now i carry burgers",
("c041",2):"22 years. house note due, wife's on disability, boy starting at McNeese next fall",
("c028",5):"not yet. today i just sit in truck outside the house, i dont want the kids see me like this",
("c019",4):"if i dont phone it cant be anything. daft i know, my sister says im being an ostrich",
}
for f in sorted(glob.glob('parts/*.jsonl')):
    out=[]
    for l in open(f):
        if not l.strip(): continue
        r=json.loads(l)
        for (i,k),v in turnfix.items():
            if i==r['id']:
                assert r['turns'][k]['role']=='seeker',(i,k); r['turns'][k]['text']=v
        out.append(json.dumps(r,ensure_ascii=False))
    open(f,'w').write('\n'.join(out)+'\n')
