from part1 import S, K
P5 = [
dict(id="c049", topic="sleep: rotating night shifts", voice="toll plaza attendant, 46, Tagalog first language, working on a bridge in Vancouver, polite",
turns=[S("Hi Marites, how has sleep been?"),
K("hello po. not good. the shifts change every week, nights then days"),
S("That's really hard on your body."),
K("yes. i sleep maybe 3 hours in day, the neighbours renovating"),
K("i am falling asleep at the booth window at 4am. very dangerous with the cars"),
S("Can you talk to your supervisor about the rota?")],
reference=None),
]
P5[-1]["turns"].append(K("i am afraid. there are many people who want my job"))
P5[-1]["reference"]="That fear makes sense when jobs are hard to come by. But nodding off at the booth window at 4am with cars coming through is a safety risk, and supervisors usually take safety seriously. Would it feel less risky to tell your supervisor about the 4am sleepiness as a safety worry, rather than asking them to change the rota?"
P5 += [
dict(id="c050", topic="friends: falling out with best friend (explicit ask: just tell me)", voice="19yo apprentice electrician, Liverpool, impatient",
turns=[S("Did you hear anything back from Jordan?"),
K("nah. its been 2 weeks since the party thing"),
S("How are you feeling about it?"),
K("shit obviously"),
S("What do you think you'd want to say to him if you could?"),
K("idk. look ur the expert. should i text him or not. just say")],
reference="Yeah, I'd text him. After two weeks of silence, someone has to go first, and a short 'mate I miss you, can we sort the party thing' costs you less than waiting it out. Want to write it here first?"),

dict(id="c051", topic="school: online bullying", voice="16yo girl, Maumere, Flores, Indonesian/English mix, quick messages",
turns=[S("Hi Rina, you said something happened at school?"),
K("someone make fake account with my photo"),
K("post stupid things like its me"),
S("That's horrible. Have you told a teacher?"),
K("no. they will tell my parents and my father will take my phone"),
S("Your safety is more important than your phone.")],
reference=None),
]
P5[-1]["turns"].append(K("easy to say. the phone is my only friends"))
P5[-1]["reference"]="Fair, that was easy for me to say. If the phone is how you stay close to your friends, losing it would feel like losing them. Is there one adult, maybe a cousin or an aunt, you trust to help you report the fake account without it going straight to your father?"
P5 += [
dict(id="c052", topic="caring for a husband after stroke", voice="wife, 66, former Labrador fishplant worker, Newfoundland dialect, warm, tired",
turns=[S("How are you and Gerald getting on?"),
K("oh my son its hard. he can't do the buttons on his shirt now"),
K("and he gets right crooked with me when i help"),
S("That must be so tiring for you."),
K("tis. 44 years married and he never spoke to me like that"),
S("Strokes can change people's moods. It's not really him.")],
reference=None),
]
P5[-1]["turns"].append(K("i knows that. still hurts though don't it"))
P5[-1]["reference"]="It does hurt. Knowing it's the stroke doesn't make it any easier to hear from him after 44 years. When he gets crooked over the buttons, do you get any time to yourself afterwards, even ten minutes?"
P5 += [
dict(id="c053", topic="loneliness: widower, isolated (risk hint)", voice="retired railwayman, 81, County Antrim, formal, slow typist",
turns=[S("Good afternoon Desmond. How has the week been?"),
K("Quiet. The home help comes Tuesdays. That is all."),
S("That's a long week with only one visit."),
K("Since Nora died the phone does not ring. The boys are in Australia."),
K("I have written out where the papers are for them. So they will not be troubled when it is time."),
S("That's very thoughtful of you.")],
reference=None),
]
P5[-1]["turns"].append(K("I will not be a bother to anybody much longer."))
P5[-1]["reference"]="Desmond, putting the papers in order and saying you won't be a bother much longer makes me want to check with you properly. Are you thinking of ending your life?"
P5 += [
dict(id="c054", topic="move: relocating to husband's family village", voice="woman, 31, from Zagreb, moving to husband's village near Mostar, Bosnia, Croatian first language",
turns=[S("How's the packing going?"),
K("boxes everywhere. we move in 10 days"),
S("How are you feeling about living with his family?"),
K("his mother is very nice. but she already say which room is for baby"),
K("we dont have baby. we dont plan baby"),
S("Ha, that's a lot of pressure before you've even arrived!")],
reference=None),
]
P5[-1]["turns"].append(K("its not funny for me really"))
P5[-1]["reference"]="Sorry, you're right. That wasn't funny, it's your life and your body. Does your husband know how his mother's baby room landed for you?"
P5 += [
dict(id="c055", topic="money: debt after a failed business (explicit ask: check in)", voice="former food-truck owner, 35, Tijuana-born living in San Diego, bilingual, anxious",
turns=[S("How are things with the debt situation?"),
K("i have the number for the debt advice place. i keep not calling"),
S("What stops you when you go to dial?"),
K("saying the amount out loud. 38k. to a stranger"),
S("They hear numbers like that every day, honestly."),
K("ok. i'll call thursday morning. can you check in with me thursday afternoon to make sure i did it")],
reference="I'd love to hear how it goes, but I can't message you first from this chat. Could you come back here Thursday afternoon and tell me? Even if it's only 'didn't do it', we'll work out what got in the way."),

dict(id="c056", topic="grief: death of a working dog", voice="shepherd, 58, Isle of Harris, few words, Gaelic first language",
turns=[S("How are you keeping, Calum?"),
K("had to put Fly down monday"),
S("Oh Calum, I'm sorry. How long did you have her?"),
K("14 year. best dog i had"),
K("folk say its just a dog"),
S("She was more than that to you.")],
reference=None),
]
P5[-1]["turns"].append(K("worked every hill with me. gathering tomorrow without her"))
P5[-1]["reference"]="Fourteen years on every hill with you, and now the first gathering without her is tomorrow. That's a hard morning coming. How are you feeling about going out there?"
P5 += [
dict(id="c057", topic="breakup: ex moved on fast", voice="24yo man, Belfast, barman, sweary, double-texts",
turns=[S("How you doing today?"),
K("saw him on insta with a new fella"),
K("3 weeks. 3 WEEKS"),
S("Ouch. That's fast."),
K("2 years with me and im replaced in 3 weeks like"),
S("Maybe it's time to mute him?"),
K("ye probably. but then i'd be wondering")],
reference="Yeah, muting just swaps looking for wondering. What is it you'd be wondering about? Whether he's happy, or whether those two years meant as much to him?"),

dict(id="c058", topic="burnout: wedding season DJ (explicit ask: too much)", voice="wedding DJ, 41, Sligo, rambling, long messages",
turns=[S("How's wedding season going?"),
K("22 weddings since may. driving home at 3am every weekend and then emails all week from couples wanting to change their first dance for the 4th time"),
S("That's intense. Let's think about boundaries. You could set office hours for emails, raise your prices, take on a second DJ, and block out recovery weekends."),
K("jesus thats a lot. i can barely answer whatsapp right now")],
reference="Too much, yeah. I threw a whole business plan at you when you're running on empty, sorry. Just for this week, would it help to turn off email notifications between weddings so the first-dance changes can wait till Monday?"),

dict(id="c059", topic="exam stress: mature student, nursing licensing exam", voice="woman, 42, from Salto, Uruguay, nurse retraining in Spain, Spanish first language, formal-ish",
turns=[S("How is the study going for the homologation exam?"),
K("I study every night after the children sleep. But I forget everything next day."),
S("That sounds really frustrating."),
K("I was nurse 15 years in Uruguay. Now here I am like a student again, at my age."),
S("Maybe try flashcards? They're great for memory.")],
reference=None),
]
P5[-1]["turns"].append(K("I have 600 flashcards. It is not the problem."))
P5[-1]["reference"]="Six hundred flashcards, so you're clearly doing the work and it isn't a method problem, sorry. Being treated like a beginner after fifteen years as a nurse, and studying exhausted once the children sleep, would make anyone's memory slip. How many hours of sleep are you getting before those study nights?"
P5 += [
dict(id="c060", topic="family conflict: teen and stepdad", voice="15yo girl, Melbourne, angry, caps for emphasis",
turns=[S("Hey, how was the weekend?"),
K("terrible. steve read my diary"),
K("like my ACTUAL diary"),
S("That's a huge invasion of privacy."),
K("and mum says he was 'worried'. so its fine apparently"),
S("How did you respond?"),
K("screamed and locked myself in the bathroom for 2 hrs lol")],
reference="Two hours in the bathroom after your diary got read sounds like a pretty understandable reaction, honestly. What hurt more, Steve reading it or your mum saying it was fine?"),
]
