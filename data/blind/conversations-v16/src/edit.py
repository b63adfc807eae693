import glob
R = {
"K: its still on the fridge under the magnet": "K: its still on the fridge under the magnet. been there since the 3rd",
"K: irony not lost on me": "K: irony not lost on me, my manager would laugh her head off",
"K: notice period is a laugh": "K: notice period is a laugh, nobody even looks me in the eye now",
"K: failed the mock again bro": "K: failed the mock again bro, hazard perception one this time as well",
"K: this is why i dont do it": "K: this is why i dont do it, every year same thing and then i get the fine",
"K: i did and then i unmuted to check": "K: i did and then i unmuted to check like an hour later",
"K: he eat in his room now": "K: he eat in his room now, door closed, music loud",
"K: i have 3 alarms": "K: i have 3 alarms and one is the old mechanical one from my father",
"K: you dont know that": "K: you dont know that. last one told me off about flossing like i was 5",
"K: they will say it is a joke": "K: they will say it is a joke, last time the matron said i must be stronger",
"K: i keep not going to the extra sessions": "K: i keep not going to the extra sessions on thursday nights",
"K: ye. mum says we can get another one": "K: ye. mum says we can get another one at the weekend if i want",
"K: 90% done for like 2 months": "K: 90% done for like 2 months, producer keeps asking when",
"K: no idea. it is stupid": "K: no idea. it is stupid, a grown man scared of a tyre",
"K: I find I am still cooking for two.": "K: I find I am still cooking for two. Pepperpot on Sunday, the way he liked it.",
"K: maybe i am tbh": "K: maybe i am tbh, she has all her friends here since reception",
"K: went back to work": "K: went back to work on monday, the bakery, early shifts",
"K: ok i guess": "K: ok i guess, lectures are fine, its more the evenings",
"K: yes. 2 years since Juma": "K: yes. 2 years since Juma, on thursday. the motorbike accident",
"K: same": "K: same as always",
"K: not": "K: not really no",
"K: nah": "K: nah, not yet. keep meaning to",
"K: no": "K: no, not yet",
"K: fine": "K: fine i guess",
"K: ok": "K: ok, i suppose",
}
for f in glob.glob('src/*.txt'):
    lines=open(f).read().split('\n')
    out=[R.get(l,l) for l in lines]
    open(f,'w').write('\n'.join(out))
