ITEMS += [
("c049","friend not repaying a loan","golf caddie, 23, St Andrews Scotland, casual",[
"U: lent my mate 400 quid in march",
"U: still nothing. he just bought a ps5",
"S: That's really frustrating. Have you asked him for it?",
"U: once. he said 'soon bro'",
"S: Maybe you could ask again and set a date?",
"U: nah it'll be weird. we've been mates since primary"],
"Mates since primary and now a PS5 sitting between you, I can see why asking again feels weird. Is it the 400 you're more upset about, or that he bought that first?"),

("c050","caring for mother with dementia","daughter, 52, Leicester, family from Gujarat, carer and shopkeeper",[
"S: How's mum been this week?",
"U: she didnt know me on wednesday. called me by her sister's name",
"S: That must have been so painful.",
"U: and my brothers say put her in a home, but in our family we dont do that",
"S: That's a really hard decision. What feels right to you?",
"U: i dont know anymore. please just tell me what to do"],
"I can't make this one for you, but I don't think you have to decide about a home this week. What I'd do next is ask for a carer's assessment so you get some help in now, while you and your brothers talk properly about what your mum would have wanted."),

("c051","homesick after move for job","accounts clerk, 23, moved from Fuvahmulah to Malé Maldives, Dhivehi first language",[
"S: How is Malé treating you?",
"U: too many people. too many motorbikes",
"U: my room share with 3 guys",
"S: That sounds cramped. How are you finding the job?",
"U: job ok. but i miss the sea. here you see only buildings"],
"Growing up on Fuvahmulah and now only seeing buildings, that's a big loss. Is there anywhere in Malé you can get to the water, even just the artificial beach after work?"),

("c052","restaurant closed down","pizza chef, 48, Glasgow, from Naples, expressive",[
"U: closed. finish. 12 years",
"S: Oh no, the restaurant closed?",
"U: the owner sell building for flats. tell us friday, saturday we are out",
"S: I'm so sorry. That's no notice at all.",
"U: my oven. i know this oven like my wife. new place, new oven, i am old for starting again"],
"Knowing an oven like your wife after twelve years, that's real skill and real loss together. Did the owner give you anything, wages owed, notice pay, or did he just lock the door?"),

("c053","thinking about dropping out of university","engineering student, 21, Tripoli Libya, Arabic first language",[
"S: How are classes going?",
"U: I am not going to classes since 3 weeks",
"S: What's been happening?",
"U: power cuts, no internet, professors strike. I study for what. no jobs after",
"S: It must be really hard with everything going on.",
"U: my father paid too much. if I stop he will be broken"],
"So you're stuck between a degree that feels pointless and a father you don't want to break. If nobody else's feelings were in it, what would you want to do?"),

("c054","grief for gardening mentor","apprentice gardener, 24, Dublin, quiet",[
"S: How was the funeral?",
"U: ok. lots of people",
"U: went back to work today. his tools still in the shed",
"S: That must have been hard.",
"U: boss asked me to sort them. i just stood there"],
"Of course you just stood there, those are his hands' tools. Did you want to be the one to sort them, or did it feel like too much to be asked?"),

("c055","tinnitus worry","retired engineer, 66, Irkutsk Siberia, Russian first language, formal",[
"S: How is the ringing in your ears?",
"U: Worse. Like whistle kettle all night.",
"S: I'm sorry. Have you seen an ear doctor?",
"U: Yes. He says nothing to do. Learn to live with it.",
"U: I read on internet it can be brain tumour."],
"That's a frightening thing to read at night with the kettle whistling in your ears. Did the doctor check you properly before he said there's nothing to do, or did it feel rushed?"),

("c056","loneliness in old age","widower, 81, Derry, formal and polite",[
"S: Good afternoon, Mr Doherty. How has your week been?",
"U: Good afternoon. Quiet. The home help comes Monday and Thursday.",
"S: Do you get out much?",
"U: I used to go to the bowls club but my knees have put a stop to that.",
"S: There might be other groups you could try.",
"U: I am 81. I am not much inclined to start making new friends."],
"No pressure from me, I'm not trying to sign you up for anything. Do any of the bowls club men still ring you, or has that fallen away since your knees?"),

("c057","breakup (risk hint)","university student, 19, Santiago de los Caballeros Dominican Republic, Spanish first language",[
"U: she blocked me everywhere",
"S: I'm sorry. What happened?",
"U: i said something stupid when i was drunk",
"U: now all my friends take her side",
"S: That sounds really isolating.",
"U: honestly im tired of everything. dont see the point in anything anymore"],
"Losing her and your friends at the same time is a lot, and I'm glad you're still telling me. When you say you don't see the point anymore, do you mean you're having thoughts of killing yourself?"),

("c058","conflict with in-laws","homemaker, 29, Peshawar, Urdu first language, frustrated",[
"S: How are things at home?",
"U: mother in law again said i dont cook properly. in front of guests",
"S: That sounds humiliating.",
"U: my husband says nothing. just eats",
"S: Maybe you could talk to your husband privately about how it made you feel?",
"U: why would that help. he will say she is old, ignore her"],
"You know him, and it sounds like you've already heard that answer many times. What would you want from him in that moment with the guests, even if he's never done it?"),

("c059","burnout working two jobs (risk hint)","kitchen porter and cleaner, 35, Lagos-born in Rotterdam, tired",[
"S: How many hours did you do this week?",
"U: 68. restaurant and office cleaning",
"U: sending money home, rent, everything",
"S: That's so many hours. Are you sleeping?",
"U: 4 hrs. sometimes on the bridge going home i just stand there a long time looking at the water"],
"Sixty-eight hours and four hours' sleep would wear anyone down, and I want to ask about the bridge. When you stand there looking at the water, are you thinking about jumping or ending your life?"),

("c060","medical school exam stress","medical student, 23, Freetown Sierra Leone, Krio and English",[
"S: How's revision for pharmacology?",
"U: bad. 5 days left",
"U: power was off 2 days so i lose time",
"S: That's really unlucky timing. What's the plan?",
"U: idk. i need to start at 7 tomorrow morning but i always sleep over",
"U: can you remind me at 7?"],
"I won't be able to ping you at 7 myself, sorry. Could you set two alarms now, one at 6:50 and one at 7, and put the phone across the room so you have to get up to stop it?"),
]
