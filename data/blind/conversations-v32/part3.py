from part1 import S, K
P3 = [
dict(id="c025", topic="job loss: tollbooth automated", voice="tollbooth worker, 55, Dartford crossing, bitter, short",
turns=[S("How did the meeting with HR go?"),
K("booths go cashless in march. all of us out"),
S("I'm really sorry. How long have you worked there?"),
K("19 yrs"),
S("Have you thought about what kind of work you might look for next?"),
K("mate its been 2 days"),
K("im 55. who hires a bloke who takes coins in a box")],
reference="Fair enough, two days is way too soon to be talking about next jobs, sorry I jumped ahead. Nineteen years in that booth and they've swapped you for a camera. How are you actually doing with it today?"),

dict(id="c026", topic="exam stress: matura", voice="18yo girl, Sarajevo, Bosnian first language, dramatic, emoji-free chat spelling",
turns=[S("Hey Lejla, how's the revision going?"),
K("horrible. matura in 2 weeks and math is like chinese for me"),
S("What's the hardest bit of the maths?"),
K("all of it?? integrals mostly"),
K("and my mama keep saying my cousin got 5 in everything"),
S("That comparison must be tiring to hear.")],
reference=None),
]
P3[-1]["turns"].append(K("so tiring. like i am not her ok"))
P3[-1]["reference"]="You're not her, and you're the one who has to sit this exam with integrals looking like Chinese. Is there anyone, a teacher or a friend, who gets integrals and could go through two or three of them with you this week?"
P3 += [
dict(id="c027", topic="breakup while working weddings", voice="wedding DJ, 29, Cork, gay man, self-mocking",
turns=[S("How have you been since the breakup?"),
K("grand. wonderful. i played 'perfect' by ed sheeran for a first dance on saturday"),
K("while crying in the dj booth"),
S("Oh no. That sounds brutal."),
K("3 more weddings this month. cant exactly cancel"),
S("Have you thought about taking some time off after?"),
K("time off = no money. and then i sit in the flat where his stuff still is")],
reference="So it's crying in the booth at the weddings or sitting in a flat full of his stuff. No good option there. Is his stuff something you could box up and get out of sight this week, or is he meant to be collecting it?"),

dict(id="c028", topic="money trouble, scrapyard failing (risk hint)", voice="scrapyard owner, 61, South Wales, proud, few words",
turns=[S("Evening Dai. How's the yard?"),
K("metal prices through the floor. bank wants the loan"),
S("That's a lot of pressure. Have you talked to anyone about options?"),
K("accountant. no options"),
K("gave the boy my good welder today. and the tools. he may as well have them now"),
S("That's generous of you.")],
reference=None),
]
P3[-1]["turns"].append(K("wont need them where im going"))
P3[-1]["reference"]="Dai, giving away your tools and saying you won't need them where you're going worries me, and I'd rather ask straight out. Are you thinking about ending your life?"
P3 += [
dict(id="c029", topic="family conflict: brother marrying outside the community", voice="woman, 34, Eritrean family in Milan, Tigrinya/Italian/English, careful",
turns=[S("How did the family dinner go?"),
K("bad. my father not speak to my brother all night"),
S("Because of the engagement?"),
K("yes. she is italian, not orthodox. my father say he shame the family"),
K("and everyone call ME after. to fix it. always me"),
S("You're always the peacemaker?")],
reference=None),
]
P3[-1]["turns"].append(K("since i am 12. i am tired of it honestly"))
P3[-1]["reference"]="Twenty-odd years of being the one everyone rings to fix it. No wonder you're tired. What would happen if, just this once, you didn't try to fix it between your father and brother?"
P3 += [
dict(id="c030", topic="loneliness after moving to a small island (explicit ask: too much)", voice="nurse, 39, moved from Manchester to Barra, Outer Hebrides, wry",
turns=[S("How's island life treating you?"),
K("beautiful. lonely. everyone knows each other since primary"),
S("That sounds isolating."),
K("yeah. i say hi in the shop and its friendly but thats it"),
S("Maybe you could join the ceilidh group, the community council, volunteer with the lifeboat, or try the gaelic class?"),
K("thats a lot lol. i work 12 hr shifts")],
reference="Yeah, that was way too much to throw at you after 12-hour shifts, sorry. If you picked just one thing that happens on your day off, which one sounds least like a chore?"),

dict(id="c031", topic="grief: mother's death, hearse driver", voice="hearse driver, 47, Bolton, usually composed, cracking",
turns=[S("I'm so sorry about your mum. How are you holding up?"),
K("ok. funerals sorted. im driving her myself friday"),
S("You're driving her hearse yourself?"),
K("yeah. boss said i didnt have to. i want to"),
K("20 yrs driving other peoples mums. i know how to do it right"),
S("That's a really meaningful thing to do.")],
reference=None),
]
P3[-1]["turns"].append(K("just dont know if ill hold it together"))
P3[-1]["reference"]="You don't have to hold it together on Friday. After twenty years of driving other people's mums so carefully, it's fine for this one to look different. Is there someone from work who could sit beside you in the cab?"
P3 += [
dict(id="c032", topic="health worry: glassblower's eyesight", voice="glassblower, 36, Murano-trained, living in Seattle, Italian first language, anxious",
turns=[S("How are you feeling today, Luca?"),
K("not good. my eyes are blurry in the mornings now"),
K("i look at orange glow 15 years. i read it can damage"),
S("Have you been able to see an eye doctor?"),
K("appointment in 3 weeks. i google every night til 2am"),
S("Googling can make things feel so much worse.")],
reference=None),
]
P3[-1]["turns"].append(K("yes i know but i cannot stop. what if i cannot work anymore"))
P3[-1]["reference"]="Glass is your whole trade, so 'what if I can't work' is the scariest question there is, and three weeks is a long wait with it. Could you ring the clinic and tell them the blurriness is getting worse? They may see you sooner, and that could stop some of the 2am searching."
P3 += [
dict(id="c033", topic="burnout: hospice volunteer coordinator", voice="hospice volunteer coordinator, 49, Cape Breton, kind, overcommitted",
turns=[S("How's work been?"),
K("3 volunteers quit this month so ive been covering the night sits myself"),
S("On top of your own job?"),
K("yep. day job then night sits. i fell asleep in the car park tuesday"),
S("That sounds unsustainable. You need to say no to some of these."),
K("but then who sits with them. people shouldnt die alone")],
reference="You're right, nobody should die alone, and that's exactly why you can't be the only person keeping that promise. Who above you knows you've been covering night sits on top of your own job?"),

dict(id="c034", topic="sleep: milk round early starts", voice="milk-round driver, 42, Stockport, grumpy, short",
turns=[S("How's sleep been?"),
K("rubbish. alarm 2.45am. cant get off before 11"),
S("That's less than 4 hours a night."),
K("yep"),
S("Have you tried no screens an hour before bed?"),
K("kids are up til 9. thats the only time i see them")],
reference="So the only time you get with the kids is the exact time you'd need to be winding down. That's a rotten trade. Is there any chance of a nap after the round, around midday, or does the rest of the day not allow it?"),

dict(id="c035", topic="friends: left out of group chat", voice="14yo girl, Montevideo, Spanish first language, lots of 'jaja' and 'ok'",
turns=[S("Hola Valen! What's up?"),
K("nothing"),
K("ok not nothing. my friends made new group without me"),
S("Oh no, how did you find out?"),
K("sofi showed me by accident. they talk about a party saturday"),
S("That really hurts. Maybe they just forgot to add you?"),
K("no. they dont forget. its 4 people and i am the 5")],
reference="Four of you in the old group and a new one made with exactly those four. No wonder it doesn't feel like an accident. How are you feeling about seeing them at school tomorrow?"),

dict(id="c036", topic="school: homesick at boarding school", voice="15yo boy, boarding school in Auki, Solomon Islands, from a small island, shy, very short",
turns=[S("Hey Peni, how's school?"),
K("ok"),
S("Just ok?"),
K("miss home"),
S("What do you miss most?"),
K("fishing with my uncle. the food"),
K("here the boys laugh at how i talk")],
reference="That's a lot at once, missing fishing with your uncle and home food, and then the boys laughing at the way you talk. When they laugh, what do you usually do?"),
]
