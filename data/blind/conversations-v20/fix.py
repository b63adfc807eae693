import json,glob
new={
"c001":"Right, once it's on record it's real, and the crane's on the line. Is it the not-knowing that's eating at you, or what happens if the reading's high?",
"c010":"You've done every practice paper and you're scoring ok, which tells me the booking isn't about being unready, it's your family's money riding on one try. Have they said anything about a second attempt, or is that fear mostly yours?",
"c012":"Live, a wrong note is gone in a second, but on camera it waits there for anyone to replay. What if you recorded one take just for yourself and deleted it straight after, only to let your hands get used to the red light?",
"c015":"Stuck between grassing on him and getting him nothing, what a horrible spot for a form to put you in. What if that section was about what he's up against on a bad day, rather than what he's like?",
"c029":"Everybody suffering means there's nobody with spare room to carry a bit of yours, and you're lying awake with the supplier and the girls' fees at once. Which one is pressing hardest this week?",
"c031":"Fair enough, bit quick of me. Sitting there while everyone goes on about their mums' dinners, what's that like for you?",
"c035":"Good question, and breathing won't do much for ears still ringing at 4am. Maybe the scrolling is covering the ringing, so have you tried earplugs at the gig, or a fan or low sound at home in place of the phone?",
"c039":"Plenty of people who'd understand, and all of them stretched as thin as you. Is there a time of day when missing your kids hits the hardest?",
"c050":"They've stopped asking, and I'd guess that stings more than the tiredness does. Who's the last friend you felt really close to?",
"c052":"The law being on their side doesn't touch the real wound, your brothers calling four years of looking after your mother 'not their problem'. Have they ever said anything about those years at all?",
"c053":"Help that comes with a running commentary, right when you're on three hours' sleep and already washing the milk. What did she say that's stuck with you most?",
"c058":"Blocking would make it final, and some part of you isn't ready for the door to shut even though they walked out of it. What are you still hoping might happen?",
"c059":"Yeah, that was me solving it from a dry chair. Going from designing buildings in Belo Horizonte to twelve wet hours on a bike, how has that been for you, apart from the money?",
}
turnfix={
("c016",4):"what do i even put. 11 years making rolls at 3am, who wants that on a cv",
("c038",0):"It is 1am and my father called me third time tonight, he cannot get up from toilet alone and I have work at 7",
("c054",3):"They say I may bring one armchair and 'a few personal items'. As if I were going on holiday.",
("c013",4):"i got lists. got pictures. got the adjuster's name from last time even. its not that",
("c024",4):"the truth is i dont enjoy it anymore and that feels like the one thing i can't say to them after everything",
("c049",2):"bursary got delayed and placement means i cant do shifts at the pub like i used to",
("c021",4):"It is not a matter of hours. Each pot I pick up I can see her hands on it, with the soil still under her nails. Walt",
("c048",3):"my sister she went for tests in Cardarelli and never come home, that was 2019",
}
for f in sorted(glob.glob('parts/*.jsonl')):
    out=[]
    for l in open(f):
        if not l.strip(): continue
        r=json.loads(l)
        if r['id'] in new: r['reference']=new[r['id']]
        for (i,k),v in turnfix.items():
            if i==r['id']:
                assert r['turns'][k]['role']=='seeker',(i,k); r['turns'][k]['text']=v
        out.append(json.dumps(r,ensure_ascii=False))
    open(f,'w').write('\n'.join(out)+'\n')
