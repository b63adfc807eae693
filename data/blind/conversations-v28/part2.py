ITEMS += [
("c015","putting off calling pension office about missing work years","road worker, 57, Novosibirsk Siberia, Russian first language",[
"S: Did you find the old work book with your records?",
"U: yes I find it. 6 years from 90s is missing in pension system",
"S: So the next step is calling the pension fund?",
"U: yes but they always speak to me like I am stupid. 40 minutes waiting then rude woman",
"S: Could your daughter call for you?",
"U: she is in Moscow, busy. And I am not child, I can do myself"],
"Of course, you've done the work for those six years and you can ask for them yourself. Would it be easier to go in person with the work book in your hand, so it's on paper in front of them instead of you having to argue on the phone?"),

("c016","avoiding complaint email about unfair rota","hearing-aid technician, 35, Leeds, anxious overexplainer",[
"U: ok so i drafted the email to my manager about the saturdays",
"U: its 900 words",
"S: That's thorough! What does it say?",
"U: basically that ive done 11 saturdays in a row and the others havent done any. but i keep adding stuff so it doesnt sound like im moaning",
"S: Maybe cut it down?",
"U: every time i cut something i think but then she'll think im lazy"],
"Eleven Saturdays in a row isn't moaning, it's a fact. What if the email was just that number and one question, like 'can we share the Saturdays out', and the other 850 words were for you, not her?"),

("c017","delaying daughter's school admission form","tired mother of three, 36, Ahmedabad Gujarat, Gujarati first language",[
"S: How's the week going?",
"U: very tiring. small one has fever",
"U: and admission form for Riya still not done, last date is 20th",
"S: What part of the form is hardest?",
"U: they want essay from parent why this school. my english is not good, if i write bad they will think Riya is also not good",
"S: Many schools accept forms in Gujarati, maybe check?"
,"U: this is english medium school. that is why we want it"],
"Ah, so the whole point is giving Riya the English you feel you didn't get. Could you tell me in your own words, any language mix, why you want this school for her? I think the essay might already be in what you say."),

("c018","putting off recording a song demo","resort bartender and musician, 27, Maafushi Maldives, Dhivehi first language, jokey",[
"S: did you record the song you told me about?",
"U: lol no",
"U: i play it for tourists every night at the bar no problem. but record = forever",
"S: what's scary about it being forever?",
"U: my cousin in Malé has a studio. if its bad whole island will know in one day haha",
"S: you could record it on your phone first, just for you",
"U: i have 40 phone recordings already 😂 never listen to them"],
"Haha, so the recording isn't the hard part, it's hearing it back. What do you think you'd hear if you played one of the 40 right now, honestly?"),
]
ITEMS += [
("c019","avoiding car insurance claim forms","social worker, 44, Glasgow, tired and self-critical",[
"S: you said something happened with the car?",
"U: someone reversed into me in the Lidl car park. 3 weeks ago",
"U: claim form still in my bag",
"S: what's making it hard to fill in?",
"U: i spend all day filling in forms for other people. cant face one more. also theres a bit asking if i was partly at fault and i honestly dont know",
"S: You could just answer as best you can"
,"U: yeah that's what i tell my clients too. funny how it doesnt work on me"],
"Ha, the cobbler's shoes. Sounds like the fault question is the real snag though, what actually happened, were you moving or parked when they hit you?"),

("c020","putting off emailing professor for extension","Libyan master's student, 25, in Malta, Arabic first language",[
"S: Have you emailed Dr Camilleri about the extension yet?",
"U: no",
"S: What's holding you back?",
"U: in my culture you do not ask the teacher for favours. it is shame",
"S: It might help to think of it differently, extensions are a normal part of university here",
"U: why would that help? i know it is normal here. i am still me"],
"Fair, knowing it's normal here doesn't change how it feels to you. Maybe it's less about asking a favour and more about telling him what happened, since your family situation in Benghazi is a real reason, would you be okay writing it as information rather than a request?"),

("c021","avoiding call to old teammate to ask for a reference","former baseball player now bus driver, 30, Santo Domingo Dominican Republic, Spanish first language",[
"U: ok i have his number. Julio. we play together in the academy",
"S: That's great. When will you call?",
"U: idk. he is coach now in a big program. me i drive guagua",
"U: he will think i call only bc i need something",
"S: Well, you do need something, and that's okay."
,"U: ya but we dont talk 8 years"],
"Eight years is a long gap, I get why it feels awkward. Could you message first instead of calling, just saying you saw he's coaching now and you're proud of him, and ask about the reference in a second message once he replies?"),

("c022","afraid to cut fabric for commissioned wedding dress","seamstress, 39, Honiara Solomon Islands, warm",[
"S: how is the dress coming along?",
"U: the fabric is still folded on my table. 2 weeks",
"S: what's stopping you?",
"U: it was very expensive, her family ordered from Brisbane. if i cut wrong there is no more in Honiara",
"S: that's a lot of pressure",
"U: yes. i have made maybe 100 dresses but never with fabric i cannot replace"],
"A hundred dresses is a lot of hands that know what they're doing. Is there a cheap fabric you could cut the same pattern in first, so the first cut in the good one isn't also the first time?"),

("c023","putting off nursing revalidation portfolio","nurse, 47, Sierra Leonean in Birmingham, mixes Krio",[
"S: how's the revalidation coming on?",
"U: eh. due in 6 weeks. done nothing",
"S: which bit is hardest?",
"U: the reflective accounts. i have to write about my practice and i feel my english is not professional enough",
"S: Your English reads well to me",
"U: you are being kind. they will read it and think who is this african woman"],
"I'm not just being kind, you write clearly. I'm sorry that's the fear though, that someone reads it and sees where you're from before they see 20-odd years of nursing. Which shift from this year would you actually want to write about?"),

("c024","avoiding setting up online banking","retired teacher, 74, Nassau Bahamas, formal",[
"S: Good morning, Mr Rolle. Did your grandson help with the banking app?",
"U: Good morning. He came Sunday. He went through it very quickly and I did not understand half.",
"S: Perhaps you could set it up step by step this week. First download the app, then create a password, then register your card, then set up your security questions.",
"U: That is too much. I taught for 38 years and I cannot do this."],
"You're right, I threw too much at you at once, sorry. Let's forget all of that except the first step, is the app on your phone already, or would you like your grandson to just do that part next Sunday while you watch?"),
]
