ITEMS += [
("c025","laid off from oil field job","oil field mechanic, 43, N'Djamena Chad, French first language",[
"U: bonjour. they finish my contract yesterday",
"S: I'm so sorry. That's a shock.",
"U: 11 years with company. Chinese company buy it and they bring their own mechanics",
"S: How are you holding up?",
"U: my wife does not know yet. i leave house in the morning like normal and sit in cafe"],
"Sitting in a cafe all day so she doesn't find out sounds exhausting, on top of losing eleven years of work. What feels hardest about telling her?"),

("c026","board exam stress","student, 16, Peshawar, Pashto and Urdu first languages",[
"S: How are you feeling about the board exams?",
"U: bad",
"U: my father says if i dont get 1000+ marks i will not become doctor",
"S: That's a lot of pressure. Do you want to be a doctor?",
"U: idk. nobody ask me before",
"S: What do you enjoy?",
"U: computers. but dont tell anybody haha"],
"Haha, your secret's safe here. Computers is a pretty big thing to have never said out loud, what is it about them you like?"),

("c027","breakup over WhatsApp","hairdresser, 24, Lomé Togo, French first language, emotional",[
"U: he break up with me by voice note",
"U: 3 years and a voice note 😭",
"S: Oh no. That's really painful.",
"U: and he post pictures with new girl the same week",
"S: Maybe it's best to mute him for a while so you don't keep seeing it",
"U: i did. then i check his profile from my cousin phone"],
"Ah, the cousin's phone, you're far from the only one. Three years ending in a voice note doesn't leave much room to actually finish it, what did he say in it?"),

("c028","overdraft and money worry","single dad, 32, Derry, works in a warehouse",[
"S: How did it go with the bank?",
"U: overdraft maxed. wages dont come til the 28th",
"S: Have you looked at what's coming out before then?",
"U: rent, electric, the wee one's school trip",
"S: Maybe we could make a list of everything and see what can wait?",
"U: can we stop talking about money. my head is wrecked"],
"Aye, we can leave the money there for tonight. How are you doing yourself, apart from all the numbers?"),

("c029","brother demanding money for wedding","driver, 34, Doha Qatar, from Kerala, Malayalam first language",[
"S: How did the call with your family go?",
"U: same. brother wants 3 lakh for his wedding",
"U: i send money every month already. 7 years",
"S: That sounds like a lot of responsibility on you.",
"U: if i say no, mother will cry and say i changed in Gulf"],
"So saying no to your brother turns into your mother thinking you've changed. After seven years of sending money, what would you want her to understand about your life in Doha?"),

("c030","loneliness on night shift","road maintenance worker, 51, Norfolk, dry",[
"U: another night on the A47 cones",
"S: How are you doing?",
"U: fine. talk to nobody from 10pm to 6am. sleep all day. wife works days",
"S: That sounds isolating.",
"U: we leave notes on the fridge. proper romantic"],
"Ha, fridge notes. Underneath the joke it sounds lonely, how long have you two been living on opposite clocks like this?"),

("c031","grief over dog","widow, 72, Ramsey Isle of Man, formal",[
"S: Good evening, Joan. How have you been?",
"U: Not well. I had to have Bess put to sleep on Tuesday.",
"S: I'm so sorry. How long did you have her?",
"U: Fourteen years. She came the year after Donald died. I know she was only a dog.",
"S: She was clearly much more than that to you.",
"U: The house is very quiet. I keep putting her bowl down in the morning."],
"Putting the bowl down after fourteen years of mornings makes sense, your hands are still expecting her. What were your mornings with Bess like?"),

("c032","worried about heart palpitations","English teacher, 38, Basra Iraq, Arabic first language",[
"S: You mentioned your heart racing?",
"U: yes. at night mostly. boom boom boom then stop",
"U: my father died at 52 from heart",
"S: Have you been able to see a doctor?",
"U: I went. ECG normal. he says stress. but I think maybe he missed something"],
"With your father dying at 52, a normal ECG might not feel like enough to settle it, that makes sense. What would help you feel the doctor had really looked properly, another test, or someone explaining why it's stress?"),
]
