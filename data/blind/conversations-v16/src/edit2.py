import glob
R = {
"K: end of jan yeah": "K: end of jan yeah, and last year i got the £100 fine for being late",
"K: its been 3 weeks": "K: its been 3 weeks and she already looks happier than she ever did with me",
"K: nobody saw thank god": "K: nobody saw thank god, i just washed my face and went back to bed 7",
"K: sorry i am complaining": "K: sorry i am complaining, she is my mother, i should not say these things",
"K: I have put them in the spare room.": "K: I have put them in the spare room, on the bed, in the folder he kept them in.",
"K: his name was biscuit": "K: his name was biscuit and he was 8 which is old for a rabbit",
"K: had the phone in me hand": "K: had the phone in me hand and his number up and everything",
"K: she wake every 2 hour": "K: she wake every 2 hour and only stop crying when my wife feed her",
"K: form due in 4": "K: form due in 4 and if its late they can stop the money",
"K: i dont want handout. i work": "K: i dont want handout. i work at the hardware store 6 days a week",
"K: i went once": "K: i went once, it was nice but they all knew each other from home",
"K: ouais": "K: ouais. every time the phone ring my heart stop",
"K: drove there. didnt go in": "K: drove there. sat outside. didnt go in",
"K: got as far as the car park": "K: got as far as the car park outside her block",
"K: 40 pages man. 40": "K: 40 pages man. 40. who even reads all that",
}
for f in glob.glob('src/*.txt'):
    lines=open(f).read().split('\n')
    open(f,'w').write('\n'.join(R.get(l,l) for l in lines))
