ITEMS += [
("c041","breakup after 6 years","cabin crew, 31, London, gay man, sardonic",[
"U: so he's kept the flat AND the dog",
"S: Oh no. How are you doing?",
"U: living out of a crew hotel in Dubai tonight so honestly peak glamour",
"S: That sounds really hard being away while going through this.",
"U: the worst bit is i cant even cry on the jumpseat. full smile for 300 passengers",
"U: anyway how are u"],
"I'm alright, thanks for asking, but I'd rather stay with you for a minute. Six years, the flat, the dog, and a full smile on the jumpseat, when do you actually get to drop it?"),

("c042","loneliness after leaving monastery","former Buddhist monk, 34, Chiang Mai Thailand, Thai first language, gentle",[
"S: How has it been since you left the temple?",
"U: Strange. In temple I am never alone. 5am chanting together, eat together.",
"U: Now I rent small room, work in coffee shop",
"S: That's a huge change. Do you regret leaving?",
"U: No. I choose it. But nobody tell me freedom is so quiet"],
"Freedom being so quiet, that's a real loss even when you chose it. What do you miss most, the chanting, the meals, or just having people around at 5am?"),

("c043","worried about a lump","market trader, 45, Abidjan Ivory Coast, French first language",[
"U: i find small lump under arm",
"S: That must be worrying. How long has it been there?",
"U: maybe 3 weeks. i dont want go hospital",
"S: It's really important to get it checked.",
"U: my sister she go hospital for lump. she dont come back"],
"I'm so sorry about your sister, no wonder the hospital feels like the place where bad things happen. Lots of lumps turn out to be nothing, but you deserve to know for sure, is there a doctor or clinic you'd trust more than the big hospital?"),

("c044","citizenship test stress","refugee, 28, from Asmara Eritrea now in Stuttgart, Tigrinya first language",[
"S: How's the studying for the Einbürgerungstest?",
"U: 310 questions. i know maybe 200",
"S: That's a lot already!",
"U: but the other things. if i fail i wait longer to bring my wife",
"S: That makes it feel much higher stakes.",
"U: yes every question is her face"],
"Every question is her face, that says a lot about what this test really is for you. How long has she been waiting?"),

("c045","parents fighting at home","student, 14, Freeport Bahamas",[
"U: theyre at it again",
"U: plates this time",
"S: Are you safe right now?",
"U: ye im in my room w headphones",
"S: Okay. Good that you can go somewhere. Is this happening a lot?",
"U: every weekend since dad lost the boat work"],
"Every weekend is a lot to be sitting through with headphones on. When it gets to plates being thrown, does anyone ever get hurt, you or your mum or dad?"),

("c046","burnout in child protection work (risk hint)","social worker, 40, Nottingham, drained",[
"S: How are you doing after the week you had?",
"U: 28 cases. two removals this week",
"S: That's an enormous amount.",
"U: i come home and sit in the car for an hour before going in",
"S: Have you spoken to your supervisor about the caseload?",
"U: whats the point. honestly think everyone would manage fine without me around"],
"Sitting in the car for an hour after two removals, and now feeling like everyone would manage fine without you around, that worries me. Can I ask you straight, are you having any thoughts of killing yourself or not being here?"),

("c047","loan repayment on motorbike","bodaboda driver, 26, Arusha Tanzania, Swahili first language",[
"U: the loan people came today",
"S: For the motorbike loan?",
"U: yes. i miss 2 week payment because rainy season no customers",
"S: What did they say?",
"U: if i miss another they take piki. then how i work"],
"So the bike is both the debt and the only way to pay it, that's a horrible loop to be stuck in. How much is one week's payment compared to what you make in a good week?"),

("c048","exhausted new parent of twins","dad, 37, Great Yarmouth Norfolk, rambling",[
"S: How are nights going with the twins?",
"U: we tried the schedule thing",
"U: as in feeding both at once but then one of them spits up and the other one wakes up and by the time theyre both down its 4am and my alarm goes at 5.30 for work and my wife is doing the day shift on her own",
"S: That sounds really tough. Have you thought about asking family to help?",
"U: her mum comes tuesdays. mine's in spain"],
"So one Tuesday, and the rest is the two of you running on a couple of hours. How are you and your wife doing with each other in all of it?"),
]
