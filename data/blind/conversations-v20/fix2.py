import json,glob
turnfix={
("c003",3):"my english for the forms not so good also, the words is very hard, like 'schedular payments'",
("c005",4):"it asks about my mum. like why no contact and when did it stop and is there any way to get her details",
("c007",2):"a box. a shoe box full. all mix, petrol, the wholesale, the rent for the pitch, some is wet from the rain",
("c008",2):"he is not replying me since 4 months, even my chapter 2 he did not open i think",
("c010",2):"the fee is heavy. my family contributed, even my uncle in Tamale sent something",
("c011",2):"i write the number, delete, write lower number, delete. now the number is less than what i charge students lol",
("c014",3):"like a big painting based on my sketchbook, A2 size, acrylics, miss said it's 60% of the grade",
("c018",0):"stats exam in 9 days and ive done nothing and everyone in my flat has started making flashcards",
("c026",2):"my cousin got NTU medicine last year. every family dinner everyone compare, my aunt ask my mock score",
("c029",3):"i am not sleeping at all, i wake at 3 and start calculating in my head again",
("c030",5):"obviously. she cry and say what people will say, what will your khala say, you are 27 already",
("c031",4):"im doing a pot noodle and fifa probably. which is fine honestly, its just a day",
("c032",2):"she raised me till i was 9, then i came here to my mum. i used to sleep in her bed",
("c036",2):"saw it on Aoife's phone at lunch, she was scrolling and i saw the name and all of them in it",
("c040",3):"their mother in and out. promise she coming sunday, then sunday come and the twins sit by the window",
("c044",2):"not really. gave my sister my headphones n my hoodies, the good ones she always nicks",
("c051",0):"my close friend borrowed 3000 cedis since january for his shop rent. now he is dodging my calls",
("c057",2):"yes. i was in the cabin making the coffee. i didnt hear nothing, the motor is loud",
("c060",2):"from her instagram. she ask her new colleague from the hospital, they know each other one year",
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
