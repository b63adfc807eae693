E("c025","job loss: steelworks redundancy","steelworker in Port Talbot, Wales, 50s, Welsh turns of phrase",[
"S:Hi Dai, how are you holding up?",
"U:not bad considering. last shift was friday",
"S:After how many years?",
"U:31. started at 19 same as my father",
"S:That's a huge part of your life. How was the last day?",
"U:lads had a do in the club. everyone laughing. then i got home and sat in the car on the drive for an hour",
"U:didnt want the wife to see me like that"],
"An hour in the car after thirty one years, and your father's job before you, that's a lot to sit with on your own. What do you think she'd see if she saw you like that?")

E("c026","job loss: laid off from a call centre, wants a plan","call centre worker in Narva, Estonia, 28, Russian first language, impatient",[
"S:Hi Katya. How are you doing since the news?",
"U:bad. they closed whole team. 60 people",
"S:I'm sorry. How are you feeling about it?",
"U:I dont want to talk about feeling",
"U:just tell me what to do first",
"S:Okay, that's fair.",
"U:so? what first"],
"First, today or tomorrow, register with Töötukassa so your unemployment money starts from the earliest date, because that protects the rent while you look. After that we can work out the job side. Do you already know what your last pay and notice money will be?")

E("c027","exam stress: A-level results anxiety","18-year-old in Colombo, Sri Lanka, studying for London A-levels, anxious, lots of 'ah'",[
"S:Hey Dinithi, how are you feeling with exams next week?",
"U:terrible ah. cant eat properly",
"S:That sounds rough. What's worrying you most?",
"U:chemistry. if i dont get A my dad says no point applying for medicine",
"S:Have you talked to him about how much pressure you feel?",
"U:no way. you dont know my dad",
"U:he will say pressure is good for you"],
"You're right, I don't know him, and it sounds like telling him isn't an option right now. Is the not eating just the last few days, or has it been building for a while?")

E("c028","exam stress: entrance exam, possible risk hint","17-year-old boy in Kochi, Kerala, preparing for NEET, flat tone",[
"S:Hi Arjun. How did the mock go?",
"U:got 410. need 600+",
"S:That's a big gap, and I can imagine that stings.",
"U:2nd attempt also. parents paid for kota coaching",
"S:What are you thinking of doing next?",
"U:idk. nothing matters if i dont clear it",
"U:sometimes feel like it would be easier if i just wasnt around for the results"],
"Thank you for telling me that, Arjun, it sounds like you're carrying a huge weight on your own. When you say it'd be easier if you weren't around, are you having thoughts of ending your life?")

E("c029","breakup: long relationship ended","bus mechanic in Sarajevo, 30s, Bosnian, few words, direct",[
"S:Hi Emir. What's going on?",
"U:she left. 6 years",
"S:I'm sorry. When did it happen?",
"U:sunday. took the dog also",
"S:That's a lot of loss in one go. How are you coping?",
"U:going to work. coming home. flat is very quiet without the dog honestly"],
"Six years and the dog gone the same Sunday, no wonder the flat feels empty when you get in from work. What's the evening like now, once you're back?")

E("c030","breakup: first girlfriend dumped her by text","16-year-old girl in Auckland, sarcastic, lots of lol",[
"S:Hey Tia, what's up?",
"U:got dumped over snap lol classic",
"S:Ugh, I'm sorry. That's a rubbish way to find out.",
"U:its fine honestly she can do what she wants",
"U:just everyone at school knows now",
"S:Sounds like the hardest part might be everyone knowing?",
"U:ya and she's already posting with some other girl. love that for her"],
"'Love that for her' has a lot in it. Being dumped on snap and then watching her post with someone else while the whole school watches is a lot for one week. What's tomorrow going to be like at school?")

E("c031","money: supporting family back home","truck driver from Zimbabwe working in Johannesburg, 40s, Shona first language",[
"S:Hello Tendai, how are you?",
"U:I am fine. only money problems as usual",
"S:What's happening with money?",
"U:I send to my mother and two brothers every month. now my younger one wants school fees for college also",
"S:That's a lot of people depending on you.",
"U:yes. and here petrol up, rent up. I am eating pap only at month end",
"U:but how can I say no to my brother"],
"It sounds like you've been putting everyone first until you're down to pap at month end. Saying no to your brother might not be the only choice. Is there a part of the fees you could honestly manage, and a part someone else in the family could carry?")

E("c032","money: asking the supporter to write a letter to the energy company","single dad in Middlesbrough, 30s, kitchen porter, frustrated",[
"S:Hi Lee. How did it go with the gas bill?",
"U:didnt. its 640 quid behind",
"S:That's stressful. Have you been in touch with them?",
"U:no i cant do it, i go blank",
"S:Maybe write down what you want to say first?",
"U:can you just write it for me. i'll copy it"],
"Yes, we can do it together right now, and I'll give you wording you can copy. Something like: 'My account is £640 in arrears. I'm a single parent on a low income and I want to set up an affordable payment plan. I can pay £__ a month.' What figure could you honestly manage a month, so we can fill that gap?")

E("c033","family conflict: moving out against parents' wishes","24-year-old woman in Marseille, Moroccan family, works in a pharmacy",[
"S:Hi Samira, how are things at home?",
"U:tense. i told my parents i found a studio with a friend",
"S:How did they react?",
"U:my mother cried, my father didnt speak to me for 2 days. in our family girls leave when they marry",
"S:That sounds really hard. Do you still want to move?",
"U:yes. i love them but i'm suffocating",
"U:but i feel like the worst daughter"],
"You can love them and still be suffocating at home, both are true at once. What would it look like to move out in a way that still shows them they matter, like Friday couscous at theirs every week?")

E("c034","family conflict: brother and inheritance of the family farm","dairy farmer in Carmarthenshire, Wales, 50s, terse",[
"S:Evening Huw, how are things on the farm?",
"U:farm's fine. brother's not",
"S:What's happening with him?",
"U:wants his half of the land money since mam died. we dont have it. its all in the cows",
"S:Have you thought about mediation?",
"U:weve not spoke in 4 month. mediation",
"U:he'd laugh"],
"Okay, mediation sounds a long way off if you've not spoken in four months. It sounds like losing your mam, the farm and your brother have all got tangled together. What was it like between you two before she died?")

E("c035","loneliness: widowed retired fishmonger","retired fishmonger in Whitby, 80s, writes slowly, one message at a time",[
"S:Hello Albert, lovely to hear from you. How's your week been?",
"U:Quiet.",
"S:Have you seen anyone?",
"U:The lad who delivers the shopping. Tuesday.",
"S:It sounds lonely. Have you thought about the lunch club at the community centre?",
"U:Full of old folk.",
"U:I know I am old folk."],
"That made me smile, Albert. It sounds like it's not just any company you want, but the right sort. Who did you used to have a laugh with, back on the fish stall?")

E("c036","loneliness: international student in a small winter city","Nigerian master's student in Tartu, Estonia, 25, Nigerian English",[
"S:Hi Chidi, how's Tartu?",
"U:cold. dark by 3pm",
"S:That must be a shock after Lagos.",
"U:is not only the cold. people here dont talk. i greet my flatmate he just nods",
"U:i havent had a proper conversation in like 2 weeks. apart from this",
"S:That's a long time without real conversation.",
"U:ehn. i call my mum but i dont tell her because she will worry"],
"So you're holding it in with your mum as well as with the nodding flatmate, which is a lot of silence. Is there anywhere in Tartu where you've felt even slightly at ease, a church, a football pitch, a class?")

E("c037","grief: death of a colleague","school cook in Leicester, 40s, Gujarati heritage, warm",[
"S:Hello Priti, how are you doing today?",
"U:not good. Jean from my kitchen died on saturday, heart attack",
"S:Oh Priti, I'm so sorry.",
"U:we worked side by side 11 years. on monday the agency sent a girl to do her station",
"U:i had to show her where jean kept the ladles",
"S:That sounds so hard.",
"U:people keep saying shes in a better place. i just want her back moaning about the heating"],
"Showing the agency girl where Jean kept the ladles two days after she died sounds so painful, and 'a better place' doesn't really help when what you miss is her moaning next to you. What else was she always going on about in that kitchen?")
