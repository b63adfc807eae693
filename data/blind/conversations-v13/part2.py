add("c025", "job loss: steelworks redundancy", "laid-off steelworker, 56, Port Talbot, terse",
 [("s","How are things since the redundancy went through?"),
  ("k","quiet"),
  ("k","27 years in the works. now i'm sat watching homes under the hammer"),
  ("s","Have you looked at the retraining schemes?"),
  ("k","retrain as what. im 56, they want me on a computer course with kids half my age")],
 "Twenty-seven years in the works and then daytime telly — that's a big drop, and I jumped to retraining too fast. What are the days actually like now, from getting up to Homes Under the Hammer?")

add("c026", "exam stress: university entrance exam, compared to cousin", "Nigerian secondary student, 17, Enugu, 'scared die'",
 [("s","How are you feeling about JAMB?"),
  ("k","scared die"),
  ("k","my cousin scored 290 last year and everybody keeps comparing me, even my uncle in church"),
  ("s","You're not your cousin though."),
  ("k","tell my mum that")],
 "Ha, I would if I could, but I'm guessing you've tried. What's it like at home with everyone bringing up that 290 — does it push you to study, or make you want to close the books?")

add("c027", "loneliness after wife's death (risk hint)", "Irish pensioner, 81, Co. Mayo, formal, short sentences",
 [("s","How was your week?"),
  ("k","Quiet. The home help came Tuesday."),
  ("s","Did you get out at all?"),
  ("k","No. Nobody to go out to. Since Peggy went the house is very big."),
  ("k","I sometimes think it would make no odds to anyone if I didn't wake up in the morning.")],
 "I'm glad you told me that, and it would make odds to me. When you think about not waking up, are you having any thoughts of ending your life or doing something to yourself?")

add("c028", "breakup: engagement ended by fiance's family", "Egyptian woman, 26, Cairo, fluent English, dry",
 [("s","How are you doing since the engagement ended?"),
  ("k","honestly? numb"),
  ("k","his mother decided i wasnt 'suitable' and he just... agreed"),
  ("s","That sounds really painful."),
  ("k","everyone in the family is asking what happened like i did something")],
 "So on top of losing him, you're being treated like the one who did something wrong, when it was his mother's decision and his silence. What do you say when the aunties ask?")

add("c029", "money: can't make car payment as rideshare driver", "Punjabi-Canadian rideshare driver, 40s, Brampton, brief",
 [("s","How's work been this month?"),
  ("k","slow. rides dropped and gas up"),
  ("k","car payment due 15th and i have half, and my wife doesnt know how bad it is"),
  ("s","Have you talked to the lender about it?"),
  ("k","they will take the car. then no car no job")],
 "That's the trap — the car is the job, so any call to them feels like handing over the keys. Do you know for sure they'd take it over one half payment, or is that the fear talking?")

add("c030", "sleep: can't sleep, doubts advice", "bartender, 24, Galway, Irish swearing",
 [("s","How's the sleep been?"),
  ("k","shite. 3 hrs maybe"),
  ("s","One thing that can help is writing down what's on your mind before bed."),
  ("k","why would that help tho? its not like i dont know whats on my mind")],
 "Fair question — it's not about finding out what's on your mind, it's about getting it out of your head onto paper so it isn't looping at 3am. What is on it, most nights?")

add("c031", "family conflict: who cares for grandmother", "Vietnamese office worker, 35, Hanoi, ESL",
 [("s","how was the family meeting?"),
  ("k","terrible. my brother say i should quit job and care grandma because i am daughter"),
  ("k","he just send money, he think that is enough"),
  ("s","What do you want?"),
  ("k","i dont know. i love grandma but i also have my life")],
 "Both can be true — loving her and not wanting to give up your whole life because you're the daughter. If it weren't about what your brother expects, what kind of help for her could you actually live with?")

add("c032", "loneliness: oil sands camp rotation, away from kids", "Canadian camp worker, 30s, Fort McMurray, terse, swears",
 [("s","how's camp this rotation?"),
  ("k","same shit. 14 on"),
  ("k","guys here dont really talk, just eat and sleep and scroll their phones"),
  ("s","Do you get to call home much?"),
  ("k","ex has the kids. i call but they're busy, 10 min max")],
 "Fourteen days with guys who don't talk, and ten minutes with your kids — that's a lot of quiet. What's it like for you once you hang up?")

add("c033", "grief: brother killed in road accident, mother setting his plate", "South African man, 40s, Pretoria, 'ja', 'ma'",
 [("s","How have the last days been since the funeral?"),
  ("k","ja. everyone went home"),
  ("k","ma keeps cooking for him. sets his plate every night at his chair and nobody says nothing"),
  ("s","That must be hard to watch."),
  ("k","i dont know if i must say something or leave it")],
 "That's a hard one — setting his plate might be how she's holding on for now. And how is it for you, sitting at that table with his plate there?")

add("c034", "health worry: waiting for biopsy, changes subject", "Irish man, 30s, Kildare, short bursts",
 [("s","Did you hear back from the clinic?"),
  ("k","biopsy next thurs"),
  ("k","googled it. shouldnt have"),
  ("s","What did you read?"),
  ("k","worst case stuff. cant stop thinking about it"),
  ("k","anyway did u see the match last night")],
 "I didn't, but happy to hear about it if you need a breather. Before we do — a week of waiting with Google's worst case in your head is rough; what's helped even a little when it starts going round at night?")

add("c035", "burnout: pastor with no rest", "Nigerian pastor, 50s, Ibadan, formal English",
 [("s","You sound exhausted."),
  ("k","I am. Three services on Sunday, hospital visits, counselling, and my own family is complaining I am never home."),
  ("k","But who complains to the pastor? I am supposed to be the strong one."),
  ("s","Even strong people need rest."),
  ("k","Rest is a luxury. The congregation needs me. If I take leave the members will go to the bigger church down the road.")],
 "They do need you — and it sounds like nobody's job is to look after you. When did you last have a day when no one needed anything from the pastor?")

add("c036", "sleep: teen up until 4am", "British teen boy, 15, Birmingham, 'bro'",
 [("s","what time did u sleep last night"),
  ("k","like 4 maybe half 4"),
  ("k","cant sleep before then anyway"),
  ("s","Have you tried putting your phone away an hour before bed?"),
  ("k","bro everyone says that"),
  ("k","its not the phone my brain just dont switch off, i lie there in the dark with no phone and its the same")],
 "Ok, fair, not the phone then. What's your brain doing at 1 or 2 when it won't switch off — replaying stuff, worrying about tomorrow, something else?")

add("c037", "friends: school friends drifting after uni", "Welsh student, 19, home from uni in Cardiff, sarcastic",
 [("s","How was the weekend back home?"),
  ("k","weird tbh"),
  ("k","went pub with the girls and they had all these jokes from uni i didnt get, i just sat there laughing like an idiot"),
  ("s","It's normal for friendships to change."),
  ("k","yeah thanks thats really comforting")],
 "Sorry, that came out like a leaflet. Sitting in the pub not getting the jokes with girls you've known forever sounds properly lonely — what was that like?")

add("c038", "grief: first anniversary of father's death, asks to stop", "Dublin lad, 21, one-word answers",
 [("s","You mentioned it's a year tomorrow since your dad died."),
  ("k","ye"),
  ("s","What do you remember most about the day it happened?"),
  ("k","the hospital smell. the nurse's face"),
  ("k","can we stop talking about this")],
 "Yes, we can stop — I went in too fast there, sorry. Do you want to talk about something else for a bit, or leave it for now and message me tomorrow if the day gets heavy?")

add("c039", "school: being frozen out at lunch", "girl, 13, Manchester, quiet",
 [("s","how was school today"),
  ("k","same as always"),
  ("k","they moved their bags so i couldnt sit at the table again"),
  ("s","have you told a teacher?"),
  ("k","no it'll make it worse")],
 "Moving their bags so there's nowhere for you to sit is mean, and doing it again and again is worse. Where do you end up sitting instead?")

add("c040", "caring for mother after stroke, criticised by sisters", "Egyptian accountant, 45, Cairo, formal ESL",
 [("s","How is your mother this week?"),
  ("k","She is same. Not speaking much. I wash her, feed her, then I go to work."),
  ("k","My sisters visit on Friday and tell me I am not doing it right."),
  ("s","That sounds so unfair."),
  ("k","Maybe they are right. I am a man, I don't know these things.")],
 "You wash her, feed her and then go to work, every day — that is knowing these things. What do your sisters say you are doing wrong?")

add("c041", "long-term unemployment and benefit sanction (risk hint)", "unemployed father, 40s, Rhondda valley, flat tone",
 [("s","How've you been since the last sanction letter?"),
  ("k","dunno. numb"),
  ("s","Numb how?"),
  ("k","like nothing matters. been sorting stuff out, paperwork and that, giving the garage a clear out"),
  ("k","made sure the life insurance is up to date. so the kids'd be ok whatever")],
 "Numb since that letter, and now making sure the kids would be ok 'whatever' — that worries me, and I'd rather ask than guess. Are you having thoughts of killing yourself?")

add("c042", "a move: from Newfoundland outport to Alberta", "Newfoundland woman, 38, 'b'y', 'some'",
 [("s","How's the new place?"),
  ("k","its fine i guess. flat as a pancake out here"),
  ("k","miss the water some bad"),
  ("s","Have you met anyone yet?"),
  ("k","neighbours are nice enough. brought over a casserole. its not home tho b'y")],
 "No, the prairie isn't the water back home, and 'nice enough' neighbours aren't your people yet. What do you miss most on a day like today?")

add("c043", "job loss: salon closed, told by WhatsApp", "hairdresser, 28, Derry, angry",
 [("s","any news on the salon?"),
  ("k","closed for good. owner told us on whatsapp"),
  ("k","whatsapp!!"),
  ("s","That's a rotten way to find out."),
  ("k","i have clients messaging me asking whats happening, one woman ive done her hair since her wedding")],
 "Finding out on WhatsApp is rotten. And your clients are messaging you, not the owner — are they asking where they can follow you to?")

add("c044", "money and housing: can't find a room, sofa surfing", "bar worker, 22, Dublin, clipped",
 [("s","Any luck with the places you viewed?"),
  ("k","no. still on ciaras couch"),
  ("k","40 people at the viewing. 1400 for a box room"),
  ("s","Have you looked outside the city?"),
  ("k","i work in the city. til midnight. no buses")],
 "So it's Dublin or nothing with those hours, and Dublin is forty people queuing for a box room. How long can you stay on Ciara's couch before it starts getting tense?")

add("c045", "family conflict: whether to bring estranged father to sister's wedding", "woman, 30s, London, rambling, exclamation marks",
 [("s","So your sister wants you to choose whether to bring your dad?"),
  ("k","basically. she wont invite him because of what he did to mum but hes MY dad too and he's been different since he got sober"),
  ("k","and mum says she doesnt care but she clearly does"),
  ("s","What do you feel is the right thing?"),
  ("k","i dont know thats why im asking you!! just tell me what to do")],
 "If I had to say one thing: don't bring him to the wedding against your sister's wishes — it's her day and her list. That doesn't mean dropping him; you could see him that same weekend, just the two of you. Does that sit wrong with you?")

add("c046", "loneliness: first Lunar New Year away from home", "Vietnamese international student, 20, Melbourne, ESL",
 [("s","how are you doing this week?"),
  ("k","tet is on saturday"),
  ("k","first time not at home. my mom will make banh chung without me"),
  ("s","Are there other Vietnamese students around?"),
  ("k","some but i dont know them well. they have their group already")],
 "Your mum making bánh chưng without you for the first time — that's a very particular kind of homesick. Would being on a video call while it cooks help, or would that make it harder?")

add("c047", "grief: miscarriage, hurtful comment at work", "British-Nigerian woman, 33, Croydon, quiet anger",
 [("s","how are you today?"),
  ("k","back at work. everyone acting normal"),
  ("k","only my manager knew and she said 'at least it was early'"),
  ("s","That must have hurt."),
  ("k","like a slap. it wasnt early for me. i had names")],
 "'At least it was early' said to someone who'd already picked names — no wonder it felt like a slap. How are you getting through the days with everyone acting normal around you?")

add("c048", "health worry: new diabetes diagnosis", "Nigerian taxi driver, 50s, Abuja, light Pidgin",
 [("s","How did the appointment go?"),
  ("k","doctor say na sugar. diabetes"),
  ("k","my papa die from am. dem cut im leg and everything, i was the one pushing the wheelchair"),
  ("s","That's frightening to hear after what happened to him."),
  ("k","i no fit stop eating rice o. na wetin i go chop")],
 "After watching your papa lose his leg, the word diabetes lands hard, and being told to drop rice on top feels like too much. Did the doctor actually say no rice at all, or less of it?")

add("c049", "burnout in care home, gave cat away (risk hint)", "care assistant, 22, Bolton, flat, trailing off",
 [("s","how was the week?"),
  ("k","did 6 nights. lost 2 residents, one was maureen who always called me her angel"),
  ("k","im so tired of everything"),
  ("s","6 nights and losing two residents is a lot."),
  ("k","gave my cat to my sister yesterday. shes better off there"),
  ("k","anyway")],
 "Six nights, two residents gone, tired of everything, and now you've given your cat away — I'm really glad you're still talking to me. Can I ask you plainly: are you thinking about ending your life?")

add("c050", "burnout: dairy farmer in calving season", "Irish dairy farmer, 40s, Co. Tipperary, terse",
 [("s","how's calving going?"),
  ("k","80 down 40 to go"),
  ("k","haven't slept more than 3 hours in weeks, fell asleep in the jeep at the mart tuesday"),
  ("s","Is there anyone who can give you a night off?"),
  ("k","who. the young lad's in college and the wife's doing the books and the kids")],
 "Eighty down on three hours' sleep, with the lad away and your wife already carrying the books and the kids — that's a lot on one man. How are you holding up yourself, apart from the cows?")

add("c051", "school: threatened with expulsion, feels disbelieved", "boy, 14, Belfast, defensive",
 [("s","what did the head say"),
  ("k","one more thing and im out"),
  ("k","she doesnt even know what happened. he started it, he was saying stuff about my ma in front of everyone"),
  ("s","What did happen?"),
  ("k","why does it matter nobody believes me anyway")],
 "It matters to me, and I'm not the head — I've no reason not to believe you. What did he do?")

add("c052", "exam stress: overstudying, asks for reminder to stop", "Québécois university student, 20, Montreal, French first language",
 [("s","how was today's studying?"),
  ("k","i did 11 hours. my head is like soup"),
  ("k","but the exam is thursday and i am not ready, organic chem is 40 percent and i understand maybe half"),
  ("s","11 hours is a lot. Are you taking breaks?"),
  ("k","non. if i stop i panic"),
  ("k","can you message me at 11pm to tell me stop? i wont stop by myself")],
 "I can't send you a message at 11 from my side, but asking for a stop is smart. Set an alarm right now for 22h45 called 'stop, soup brain', and when it rings, close the book — would you do that tonight?")

add("c053", "family conflict: 15-year-old son out until 2am", "tired mother, 40s, Llanelli, exclamation marks",
 [("s","How did the talk with Rhys go?"),
  ("k","it didnt. he slammed his door"),
  ("k","all I asked was where he was till 2am"),
  ("s","Teenagers need some privacy."),
  ("k","hes 15!! I was up worrying sick checking his location every five minutes and it was off")],
 "Fifteen and out till two while you lay awake — of course you wanted to know where he was. What did you actually say when he walked in, before the door went?")

add("c054", "friends: 40-year friendship soured over bowls club vote", "South African pensioner, 76, Cape Town, formal, wry",
 [("s","Have you spoken to Dennis since the bowls committee?"),
  ("k","No. He walked past me at the club on Saturday as if I was a lamp post."),
  ("k","Forty years we've been friends. Over a vote about the bar prices."),
  ("s","Maybe give it time."),
  ("k","At our age time is the one thing we haven't got, young lady.")],
 "Ha — fair point, and not one I'll argue with. Forty years against a vote on bar prices: do you think Dennis is waiting for you to go over, or would it have to come from him?")

add("c055", "caring for mother with MS, keeping it from school", "young carer, 16, Cork, guarded",
 [("s","how's your mam this week?"),
  ("k","bad week. she fell friday"),
  ("k","i stayed home from school to mind her, said i had a sore stomach"),
  ("s","Does the school know what's going on?"),
  ("k","no and i dont want them to. theyll get social workers in")],
 "So you're minding her and keeping it quiet because you're scared of what telling would bring. What do you think would happen if social workers did get involved?")

add("c056", "breakup: wife left, sitting at cliffs (risk hint)", "Dublin taxi driver, 30s, long shifts",
 [("s","How's things since Aoife moved out?"),
  ("k","house is empty. doing 14 hr shifts so i dont have to be in it, took the airport runs nobody wants"),
  ("k","end of a shift i drive out to howth and sit at the cliffs"),
  ("s","What's that like?"),
  ("k","peaceful. easy to think about just. not coming back")],
 "Thank you for telling me that. When you say not coming back, are you having thoughts of ending your life out there at the cliffs?")

add("c057", "a move: grandmother moved from Ibadan to son's house in England", "Nigerian grandmother, 70, formal, proud",
 [("s","How are you settling into your son's house?"),
  ("k","The house is warm. My son and his wife go to work at seven and the children to school. I do not know anybody."),
  ("k","In Ibadan I had my market women, my church. Here I sit by the window."),
  ("s","Is there a church nearby you could visit?"),
  ("k","My son says the one on the corner. But they are all white and they sing so slowly.")],
 "After an Ibadan congregation, slow hymns must feel like the wrong church altogether. Does your son know of an African church nearby, even one a bus ride away?")

add("c058", "money: credit card debt, plan too big", "Canadian warehouse worker, 26, Winnipeg, 'dude'",
 [("s","So the credit cards are at about 11k total?"),
  ("k","yeah"),
  ("s","Okay — list every card with rate and minimum, call each company about hardship plans, cancel subscriptions, set up a budget spreadsheet and book a free credit counselling session this week."),
  ("k","dude thats too much. i literally havent opened the statements")],
 "Yeah, fair — I dumped a whole plan on you when you haven't even opened them. Forget all that: could you open just one statement, any one, and tell me what it says?")

add("c059", "breakup: ex already posting new girlfriend", "teen girl, 16, Johannesburg, 'lol'",
 [("s","hey how you doing today?"),
  ("k","he posted her on his story omg"),
  ("k","2 weeks. it took him 2 WEEKS"),
  ("s","Ugh. Maybe mute him for a while?"),
  ("k","i did and then i checked from my friends phone lol")],
 "Lol, the friend's-phone check — muting never stands a chance. What was it like seeing her there after only two weeks?")

add("c060", "health: back injury, replaced on fishing boat", "Welsh fisherman, 40s, Milford Haven, blunt",
 [("s","How's the back?"),
  ("k","still bad. doc says 6 more weeks off the boat at least and no lifting, cant even lift the grandkid"),
  ("k","skipper took on a young lad in my place, saw them go out from the quay this morning"),
  ("s","That must feel worrying."),
  ("k","worrying? hes 19 and he's good. i might not get my berth back")],
 "So it's not only the back, it's watching a good nineteen-year-old fill your berth while you're stuck ashore. Have you and the skipper actually talked about whether it's kept for you?")
