"""Quotes of an article: direct, partial and reported speech, each with its speaker.

Quote marks are found on the paragraph text, before any sentence splitting
(spaCy's small model splits at «): « … », “ … ” (also the ” … ” typed by
some outlets) and "…". Sentences are then cut outside quotes. A straight or right mark
glued to its word and followed by a comma, a period or a space only closes (the page lost its
opening mark); a straight mark between two words opens a quotation within the one open, and
after a sentence's end closes it; a closing guillemet closes a quotation opened by a curly
mark ("“… »").

Speaker, first rule that applies:

1. an inverted attribution after the quote, in the same sentence:
   ``…", a déclaré un haut responsable américain`` / ``a-t-il concédé``, ``» a-t-il plaisanté``
   (an auxiliary inverted with its clitic, whatever the participle) /
   ``écrit le New York Times`` / ``, selon le Times`` / ``», selon lui`` (the pronoun's
   referent; also a claim ending ``…, selon lui.``) / ``», a confié, à Reuters, X``
   (whom it was said to, between commas, passed over) / ``», selon ce qu'a
   confié X`` / ``», a pour sa part déclaré X`` / ``», nous a confié X``; right
   after the quotation's comma, any finite verb with no subject before it and
   a noun phrase after it (``», s'emporte Paul Henry``: an inversion; after a
   reflexive clitic, whatever the tagger calls the word: ``», s'inquiète X``), never a
   verb whose subject stands before it (``X, qui …, a annoncé son décès``: its
   object), never a present participle (in ``», qualifiant X de « … »`` X is its object); with
   the impersonal clitic (``», indique-t-on à Matignon`` / ``a-t-on appris
   auprès du parquet`` / ``lit-on dans le rapport`` / ``de source policière``)
   the complement saying where or from whom, else nobody; a clause coordinated
   by "et" / "mais" that opens on a name and ends on a verb of saying right
   before the quotation (``… et X, président de …, estime qu'« … »``) is X's;
2. ``Selon X, …`` / ``Pour X, …`` opening the sentence (also ``Selon ce
   qu'a confié à la radio X, …``; ``À ses yeux, …`` is "selon lui" or "selon
   elle", unresolved when both have a referent), "Pour X" only when X names someone or is a
   person noun ("Pour le reste du budget : « … »" names nobody; a possessive
   phrase that designates nobody, ``Pour sa part, X …``, is an adverbial);
3. the subject of a reporting verb before the quote (never the subject of a
   passive: ``le Brexit, qui sera lancé``)
   (``Antony Blinken dénonce un comportement « … »``), never a subject the parse
   finds inside an earlier quotation (``« La loi … », a précisé X``); for an infinitive
   controlled by an object, that object (``permettre à X de déclarer que``);
   then "selon X" between commas earlier in the sentence ("la régie aurait
   embauché, selon certains salariés, des « … »");
4. the subject of the clause that holds the quote, when it is a named
   person or organisation or a pronoun, never the subject of a passive before the
   quotation (``Le prix X est attribué à Y, « pour … »``: nobody); the walk up the parse stops at the
   first clause with a subject that names nobody (no guess among the people
   above), goes through relative clauses, and skips the subject of a content
   clause ("annonce que le ministère s'emploie à « … »": who is spoken about),
   after which only a verb of saying gives the speaker; an object naming
   someone controls an infinitive ("pousser le syndicat X à dénoncer « … »");
5. after a colon, the complement of a noun of speech (``Les propos du
   ministre X sont : « … »``), in a clause without a verb a "pour" or "chez"
   phrase that designates someone (``Même constat pour Y, commerçante : « … »``),
   the agent of a passive verb (never the "par" phrase of an active one: ``Il a
   terminé par la maxime de X : « … »`` is the subject's), else the subject of the
   clause; a quotation opening the sentence and
   followed by a colon, the subject of a verb of saying after it (``« … » :
   c'est ainsi que X résume …``);
6. a quotation standing alone goes on with the voice of the paragraph's
   previous quotation, a scare-quoted word included; a paragraph opening on a
   quotation goes on with the voice of a quotation left open at the end of the
   paragraph before (the press runs a quotation over paragraphs by opening each
   with « and closing only the last: the open one runs to its paragraph's end);
   a paragraph that is one quotation and nothing else, with the voice of the
   quotation in the last sentence of the paragraph before; so does a quotation
   after a narrative infinitive of saying with no subject (``Avant d'ajouter :
   « … »``, ``Et de conclure : « … »``); an infinitive of narration with its
   subject (``Et le ministre X d'abonder : « … »``) gives that subject.

(Between rules 1 and 2: an incise inside the quotation marks, the press's habit,
``« Nous irons jusqu'au bout, a-t-elle assuré. Personne … »``: the quotation's first
comma followed by an inverted verb of saying and its subject up to a comma, a period or
the closing mark; the text stays as written. After a quotation with no speaker, a
sentence opening ``C'est ce qu'a déclaré X`` names X. An incise verb the tagger reads
as a participle with no auxiliary and no -é ending, ``», peste un habitant``, is one.)

(Between rules 4 and 5: "selon X" / "d'après X" right before the quotation, also
"pour X" between commas when X designates someone, ``tandis que, pour le
président X, « … »``; "selon X" whose phrase runs up to the quotation with only
an apposition or a participle between commas after it, ``et selon le centre …,
situé à Miami, « … »``.) A verb of saying with the iterative prefix re-/ré-
("réaffirmer") is one.

A sentence sourced "selon nos informations" / "d'après notre enquête" (the
outlet itself) names no speaker for its quotations and claims. "À en croire X", "De
l'avis de X", "Aux yeux de X" read like "selon X"; a colon after a noun of stated view
and its owner announces the owner's words ("Le constat de X est sans appel : « … »").
A paragraph that is one quotation goes on with the voice of the paragraph before when
its last sentence's main verb is a verb of saying ("Il a évoqué des raisons familiales."
¶ "« … »").

Also (issue 8, from blind press sets): a quotation signed after a dash on its own line
("« … » – Amadou Diop"); a label line with a bracket and a description before its colon
("X (NOR - UAE Emirates), vainqueur :" ¶ "« … »"); a relative of source ("X, selon lequel
« … »", "Météo France pour qui « … »"; not a free relative, "pour qui « refuse … »"); an
incise between commas before the quotation ("Le projet, a-t-elle ajouté, « … »": the
pronoun's referent, or nobody); words said pointed back or owned ("« … » Ces termes que X
confie", "« … », c'est l'une des phrases fortes du président X"); "est venu dire X", "vient
de déclarer X"; participles after an article are nouns ("l'opposant", "l'accusé"); a past
participle with no auxiliary after a comma ("…, exprimé lors du conseil") heads no incise;
of two subjects the parse gives one verb, the nearer; a phrase after "mais" is the verb's
subject; "face à", "grâce à", "suite à", "faute de" end a speaker's phrase. A clause with no
subject designating anyone whose words before the colon end on a person's name and its
description ("C'est le cas de X, fonctionnaire : « … »") gives that person. After "a-t-il" the
next word is the incise's participle, whatever the tagger reads ("a-t-il relaté vendredi");
a name after a preposition is no subject ("vers X, Y avait cherché": Y, its apposition).
After a quotation ending on "!", "?" or "…" the incise needs no comma ("« … ! » propose X");
inside the marks, a verb after a reflexive clitic heads an incise ("…, se souvient le maire. …").
A sentence right after a quotation that opens on a noun of words said or of a view gives its
owner, a name ("« … » Le constat de X est sans appel."), or its agent after a participle
("« … » L'avertissement est lancé par un jeune homme", "Telle était la description faite … par X").
A main verb the parse gives no subject has the name apposed to a description right before
it ("Alors que …, X, expert des Nations unies, qualifie …"), and then the noun phrase after
it is its object, not an inverted source; "mentionner que" reports speech; a label before a
colon may be an organisation's name ("Greenpeace : « … »"). A source noun with a possessive
is its owner's ("selon son témoignage relayé par RFI": "il" or "elle", as "À ses yeux"). An
infinitive of narration reports speech ("Le monsieur d'expliquer que …": the opening phrase;
not a noun's complement in a sentence with its own verb, "Le refus de répondre que … a surpris").
From the blind sets M and N: an acronym in brackets belongs to the description before a name
("Le secrétaire général de l'Union … (UGTT), X, a …"); after an inverted verb, a phrase of
place or occasion up to its comma is passed over ("», a déclaré lors d'une conférence de
presse …, le candidat X"), and a phrase opening on "de" and an article is no subject; a name of
two capitalised words the tagger leaves untyped that speaks is what "il" / "elle" go on with;
"ce dernier" after the incise's verb is the pronoun, and the person whose name ends the
sentence before, its description after it, is whom it designates; with no comma after a
quotation that opens the sentence, a reflexive verb or a finite verb of saying and its
subject make an incise ("« … » se plaint un agriculteur de la province X"), and a place in
the complement of a person noun is where the speaker is from, not who speaks. A phrase opening
on a possessive of the first or second person ("Nos retours nous permettent de dire que …") is
no speaker ("notre source" is); after the closing mark an auxiliary and a participle of saying
head an incise ("« … » a révélé cette victime"), a word of the quotation the parse makes the
verb's subject aside; a demonstrative person noun opening a sentence ("Ce producteur de café
…") is the person whose name ends the sentence before, when the gender agrees. A plural noun
the parse makes the subject of a singular verb after a quotation is none: the inversion stands
("Des mesures d'autant justifiées que « … », a rappelé le préfet X"). From the set O: "Selon
X, « … », rapporte Y" gives X's words (Y relays them); an aside between the incise's verb and
its subject may open on an article when it holds a participle or a complement ("», explique,
la casquette vissée sur la tête, cet agriculteur"); a quotation opening the paragraph, with
no speaker, is the words of a person named for the first time as the subject of the next
sentence ("« On est déçu … » X est résigné devant les pistes …"; not one of a pair, nor after an
adverb or a conjunction of what happened next, "Puis X est reparti"); "selon"
before a noun of time or "cas" says what a thing depends on ("…, selon la saison"), nobody's
words; verbs in a list sharing one subject ("X décrit …, évoque les affaires qui … et distingue
…") are no incise; a quoted phrase inside a sentence that names someone else does not take the
speaker of the next quotation's incise. A date is no speaker ("Vendredi 18 …") and ends a
source's phrase ("selon un communiqué le 19 avril"); a verb the parse coordinates with the verb
of a content clause, whose plural subject cannot be its own, has the subject of the verb above
("X rappelle que 36 loups ont été abattus et dénonce : « … »"); a sentence without a verb that
presents a person after a colon ("Autre nouveau bourgmestre : X.") makes them whom "il" goes on
with. "Selon X," opening a sentence whose verb of saying sits below the main clause ("Selon lui,
le problème est si grave que … certains déplorent …") gives the sentence to X. A possessive noun
of words ("selon ses termes") is its owner's, never a speaker written so; the causative "laisser
dire" reads its agent after "à", its lemma missed by the tagger or not ("Cet incendie laisse dire
à certaines personnes que …": not the fire). A capitalised word before a proper noun after an
incise's verb is a name whatever the tagger reads ("», se souvient Moncef B.": "Moncef" as a plural
noun); a preposition and a bare noun of manner before the subject are passed over ("»,
s'exclame avec ironie X", "», a dit en substance M. X"); a person described, not named, as the
subject of a verb of saying announces the next quotation ("le chef de l'État béninois s'est
lui-même exprimé. « … »"; "lui-même" is no subject). A lower-case word the tagger calls a
proper noun right after a quotation's comma may head an incise, an aside after it included
("», regrette, la mort dans l'âme, le vieux X"); a narrative infinitive of saying whose content
clause holds the quotation goes on with the voice before ("Avant d'indiquer que le point …
« sera fait en temps utile »"). In an interview, an answer standing as its own sentence after a
question of the writer's ("Comment se portent les habitants ? « … »") goes on with the voice the
paragraph, or the one before, has been quoting. A person named in a noun's complement but
given a description of their own after a comma ("le soutien de X, député de …") is introduced,
not named in passing, and the description gives their gender. The verb after an aside opened
by a coordinating conjunction ("« … » et, soutenu par les organisateurs, a réaffirmé le crédo")
goes on with the sentence's subject, its object is no inverted subject; a phrase of where it was
said between two commas is passed over ("», a lancé, lors d'un meeting à Lyon, le candidat X").
An organisation named in passing (no clause's subject) does not hide the last voice from the
next incise's pronoun; "celui qui" / "celle qui" after an incise verb is resolved as "-t-il" /
"-t-elle"; a reflexive narrative infinitive goes on with the voice ("Et de s'interroger :"); a
person noun with its complements as the subject of a verb of saying is a voice ("Le technicien
des Rouge-et-Noir a déploré …"). A quoted question followed right away by another quotation is
one turn of a dialogue: the incise after the answer is the answer's. "ne … que" is a
restriction, not a content clause, and a participle set off by a comma has the main clause's
subject, not the parse's. "« … » Ces mots sont de X" names the speaker. A text cut off in the
middle of a word gives no fragment: a speaker ending it is the one name written in full
starting with it, or one ending on a name the article knows, else unknown; and no rule reads
past the end of a cut text. The article of another name is no title's ("au journal La Tribune
X" gives X no gender). Verbs of feeling report speech in their pronominal use only ("Il se
réjouit que « … »", "», s'est désolé X"; "la victoire réjouit les supporters" says nothing).
"faire" and the infinitive of a verb of saying is a way of saying, after a quotation or as an
incise inside it when neither verb has a subject before the comma ("», a fait remarquer X",
"« …, a fait valoir le ministre X. … »"); a title before the surname of the one person the
article names in full is that person ("le ministre Champagne"). A percentage is no subject of
an incise verb; a day and white space may stand between a comma-less incise verb and its
subject ("» prévenait  mercredi X"), "il y a" and a duration between an incise verb and its
subject after a comma; an inverted "-il" inside a quotation followed by words, with no verb
of saying, is a question, no incise ("suffit-il d'obéir aux lois ?"). The sentence after a
quotation may name its owner further in, a demonstrative before a noun of words ("… que ce
résumé tranchant de X"), or ascribe it ("La formule est attribuée au maçon X").

Pronouns ("Il estime …", "a-t-il poursuivi") resolve to the last sentence's
subject, or speaker, when its gender does not disagree ("L'inspecteur, Paul
Garnier, s'est rendu …": the name in apposition to a described subject; a
plural description, "Les manifestants", is no "il" / "elle"; "X, quant à lui,
s'insurge": X), else to the last person of the
pronoun's gender named outside quotation marks in the paragraph or the one
before (a person a sentence's subject or speaker designates by a pronoun or a
description counts as named there: "Il rejoint ensuite France Inter." keeps them
for the next paragraph), never one named last in a noun's complement ("la défense des Fillon": spoken
about in passing); the pronoun of an incise, failing all that, goes to the one person named in
full in the paragraph and the one before (not a photo credit's author, nor a name in a noun's
complement or a copula's predicate), when no subject pronoun was left unresolved since and no
one else spoke in the paragraph, and gives that person its gender from then on (an apposed description gives a person's gender: "La maire, Anne
Roussel," / "Claire Dubois, directrice de l'école"; so does a title right before the name,
two titles joined by "et" included, "le journaliste et animateur X", an honorific always,
"à M. X", and after an elided article the tagger's gender, "l'Allemande X", since a folded
"-e" may be an "-é"; a singular pronoun never goes to a pair, "X et Y"). A plural pronoun ("disent-ils") resolves only to an unnamed plural
description that is the last sentence's subject or speaker ("Les grévistes ont
voté …", "…, racontent des riverains"), else nobody. The last sentence's subject is a name opening it before an apposition
(a place in it the tagger read as a verb or a person included: "Maimouna, vendeuse à Faladiè
Séma, est …") and the verb, a name opening it right before its verb when the parse gives no
subject ("Maféring Camara est ménagère"), or the name between commas after a description opening a sentence
the parse gives no subject ("Le président de l'association, X, assistant de …, a
pris …") ("X , le procureur de …, s'est saisi") whatever the parse says, or
a definite person noun naming nobody ("Le chauffeur a pris sa retraite", kept
as written). In "déclare-t-il" the clitic, never the "-t", is the subject; "ce
dernier" / "celui-ci" is the person whose name ends the sentence before (a title without
article may follow it: "…, Patrice Coutin, président de la Fnsea 79."), else
nobody, also after "pour" or "selon" ("Mais pour celui-ci, … : « … »"); "par la voix de X" names X; after a sentence whose main
clauses have two people as subjects ("X finit par réagir et Y flanche"), a
pronoun stays unknown; a pronoun subject of a verb of saying inside the
content clause of another ("X a indiqué qu'il souhaite « … »") is that
verb's subject, when it names someone of the pronoun's gender, and so is the
subject pronoun of a relative clause opened by the object "que" ("X rejette les
conclusions du tribunal, qu'il qualifie de « … »": X); a short definite description
with the head noun of an unnamed description that spoke before ("Un porte-parole du
collectif X a expliqué …" … "Le porte-parole explique") is that description; else it
("a conclu le diplomate") resolves to the previous named speaker unless the
text gives that speaker a role the description's noun does not fit ("la
donatrice" is not "la présidente"), and a
description equal to a person's role ("le secrétaire d'Etat américain") to
that person; a bare noun of an organisation ("le journal") to the organisation
just named, never another classifier noun ("l'ouragan", "la commune"). An inverted description whose sentence closes on a person's name after a comma
(``», raconte le chercheur principal et professeur … à l'université X, Ivan Y.``)
is that person. Named speakers take their canonical entity name; unnamed ones
keep their words ("un haut responsable américain"); a person noun with a full
name as its complement is someone else than that name ("l'avocate de Paul
Roux" speaks as written), and so is a title with a name after a classifier noun in
its complement ("un porte-parole du collectif X"). The owner of a noun of
information speaks ("selon les dires du ministère" → the ministry), but a
document with its owner speaks as written ("un rapport de la CIA", "le
rapport ComScore de 2015", ``rules/document_nouns.txt``).

A short capitalised phrase without a verb between quotation marks in a noun's slot (after
a determiner, a noun or a preposition other than "de") is a name or a title, nobody's words:
``le candidat « Les Républicains »``, ``dans « La cinquième vague »``, ``auteur de « … »``
(after a noun and "de"), and so is each of a list of titles (``« … », « … » ou encore « … »``).

Reported speech without quote marks: ``X a indiqué que …`` (when a comma
separates the parse's subject from the verb, a phrase naming someone right
before the verb is the subject: ``…, les zones touchées, le PAM et Internews
ont constaté que``; names coordinated by "et" speak together, as written, and so do two noun
phrases joined by "et" that each designate someone, a name among them, unless their
verb agrees in the singular (``La maire de Paris X et le Conseil … ont condamné``); the antecedent of "qui"
after a list of names, ``entre A, B et C, qui``, is the whole list, and it keeps its
complements and a partitive pronoun, ``l'une des juges du Tribunal, qui``; a
person's name between commas right before a verb of saying the parse gives no
subject, ``Une des passagères …, X, raconte que``, is its subject), ``X accuse …`` (never a passive: ``X est accusé de …`` is X charged),
``Selon X, …``, ``…, selon X``, an inverted ``…, a confirmé la Maison
Blanche dimanche.`` and an incise between commas inside the sentence (``Depuis huit ans,
renchérit X, l'eau …``, ``…, comme l'a souligné X, …``) (``_reported``, one function per form). Also: a causative
of a verb of knowing without an agent (``X a fait savoir / laisse entendre
que``: X speaks); a bare infinitive after a time adjunct (``a confirmé le 25
mars être …``); advice ``X conseille / recommande / demande à Y de <inf>``;
``…, selon ce qu'a confié X``; ``…, selon la compagnie`` / ``selon la Corée du
Sud`` / ``selon une première estimation …`` without a comma (an organisation by its
head noun, a place mention, a noun of information or a document); ``…, selon lequel
<clause>`` (its antecedent, when that designates someone); a sentence of two main
clauses joined by ", mais", ";", ", même si", ", tandis que" or ", alors que", each with
its own source, is reported twice, each main clause (whole) from its source, and a source
of one main clause only (", mais selon X, …") reports that clause; a verb of saying
the tagger reads as a noun right after a name and before "que" (``Maillaud juge que``);
an aside between commas before "que" (``a annoncé lundi, en retenant ses larmes,
qu'il``);
``, pour qui <clause>`` after a source of the sentence (that source's view,
reported apart only when it is another source); the inverted form also beside
a short quotation. A subject's phrase ends at an aside between commas, brackets or dashes, but runs
over a list of complements (``le ministre des Postes, de la Culture et des Sports
X``); a subject the parse found in a complement of a cut title (``… de la
Communication et des Médias X a annoncé``) or in an aside between dashes (``X —
par ailleurs ancien directeur … — a annoncé``) speaks only by the name that closes
the phrase before, else nobody. A description speaker keeps the participles, adjectives and
complements the parse hangs on its noun when the phrase ends there ("le
nouveau bilan fourni"), never a relative clause, an apposition, a parenthesis
or whom it was said to ("à l'AFP").

Speakers that name no one are not shown: a phrase cut before its complement ("Le Premier
à"), a noun's complement opened by "de" with no name in it ("», a regretté au coup de
sifflet final"), the "par" phrase of a pronominal verb ("X s'est dit « surpris » par la
visite du ministre": X), a subject after a preposition the parse coordinates with the real
one ("non sans une pointe d'ironie, le conseiller X"), the copula's subject of a verb of
saying the parse made the root ("Rouen est, comme on dit …, une « … »"), the noun phrase
after an aside that splits an auxiliary from its participle inside a quotation ("« La
Minusca a, comme toujours, prévenu le Gouvernement … »"). Subjects the parse hung
elsewhere are found by position: a name after the comma that closes an opening phrase,
right before the first finite verb (``Après avoir …, X annonçait :``), or after "et"/"mais"
before a second clause's verb (``Les listes ont fusionné et X mène …``: whom "il" goes on
with), a sentence-opening "il"/"elle" the parse calls an expletive; a party after a
person's title is no subject (``l'ex-conseillère régionale EELV``). Also ``C'est « … » que
X a annoncé`` (X), ``», comme nous l'a confié X``, an incise verb glued to its clitic
whatever the tagger says (``estime-t-il``), adverbs between an incise verb and its subject
(``», s'esclaffe d'ailleurs X``), and verbs of a manner of speaking (souffler, glisser …)
as an incise right after the closing mark with no comma; so is any verb, or a word with a
verb's ending, when a person's name follows it (``« … » décrit Antoine``; a quotation may
be a verb's subject, ``« … » provoque la colère des syndicats``, and then no name follows). A
person described with a definite article, the subject of the sentence before whatever its
verb, speaks the sentence that is one quotation after it (``Le maire du district appelle à
… . « … »``). From press set Y: a word then an article is a verb and its object, no speaker
(``X, coiffeur, livre un témoignage … : « … »``, "livre" read as a noun); an adverbial
locution may stand between an inverted clitic and its participle (``», a-t-il tout d'abord
analysé``); an organisation's article gives its gender ("la Section Paloise" is no "il"); a
medium's name may end on a word the tagger does not call a name (``», a précisé à AUXERRE TV
X``); the noun before an absolute participle clause in "ayant" is its subject (``…, le
substitut X ayant réclamé « … »``); a name and where the person is make a label before a colon
(``Guy Savoy à Paris : « … »``). "C'est (aussi) le cas de X" presents X, whom "il" / "elle" go on
with; "Tels sont les mots prononcés par X" points back at the quotation before it. In a
sentence the parse gives no finite verb, the form of a verb of saying between a noun phrase
and its object is the verb ("La cheffe de groupe critique le manque de vision :", "critique"
read as an adjective). Before a colon, the subject of a verb of saying that designates someone
speaks ("Le juge avertit son auditoire : « … »", also when the parse makes the verb qualify
the noun). A person described, not named (a person or kin noun after "le" / "la"), whose
incise ends a sentence is whom "ce dernier" or "cet homme" then designates. An incise inside
the quotation marks may stand between dashes as between commas ("« … – déclare-t-on chez X –
… »"), and after the closing mark a dash may open it ("« … » – a déclaré X"). A quotation too
short to stand without a speaker stands with the one the next sentence gives when it points
back at it ("«C'est juste incroyable!» Tels sont les mots prononcés par X"); the "par" of a
noun in a phrase of time is not that sentence's agent ("… employés après le blocage … par X").
Straight marks run a quotation over paragraphs as « does (each paragraph opens on a mark,
the last one closes it), in one voice; two apostrophes close a quotation opened by “
("“la mise en accusation’’"), except between digits ("11’’01"). From press set AA's wrong
speakers: a name that is all a pair of quotation marks holds is a title ("l'émission "Top
Singers""), no subject a pronoun goes on with; "nous" before a verb of the first or second
person plural is its subject, no incise's object clitic ("…, nous alarmons les instances,
regrette X"); a subject whose main verb is negated ("n'avait pas souhaité s'expliquer") does
not introduce the next quotation, and breaks the voice before; a quotation between dashes in
a sentence is an aside, not the words of the clause around it. Spaces before a closing mark
("frais.  »") do not keep the sentence from ending. A line that is only a person's name (and
a bracket or a description, "Sébastien Ogier (1er WRC)") heads the quotation paragraphs under
it, as a line ending on a colon does; a picture's caption heads none. With no comma, an
auxiliary and any participle before a person's name are an incise after a quotation that is a
sentence ("« … » a entamé X"; "« Les Misérables » a séduit X" is a title's verb); "« … » : c'est
X qui emploie cette formule" gives X (a cleft whose clause says or names words said). A place
after a preposition of place does not speak the relative clause the parse hangs on it ("X,
ouvrier dans une ONG à Ndélélé qui dit …"): the person the description runs from does.
Only a negation that denies speech keeps a subject from introducing the next quotation (a
negated verb of saying, a negated will with its infinitive, "ne pas donner suite"); "Le maire
ne décolère pas. « … »" portrays the one who speaks. A verb of saying right after a comma with a
noun phrase after it, which the parse coordinates to the main verb, is an inverted incise whose
subject is that noun phrase ("X est estimée à …, indique la préfecture, précisant que …").
"La même source" is the last source that spoke ("…, selon la même source"). Two subjects joined
by "et" after their appositions' commas are a pair ("Le directeur, X, et le ministre, Y, ont
…"), of whom neither takes the quotation before. A time phrase and its comma may stand between
an incise's verb and its subject ("», a fait savoir ce mercredi, X"). A left double mark glued
to the word before it, with a space or a punctuation mark after it, closes a quotation
("“… peuple de Dakar“, a déclaré X"). A first name alone that the model reads as a thing, the
first word of a person the article names in full, is that person ("Christine est prudente").
After a quotation's comma, "laisser" and any infinitive is a way of saying ("», a laissé tomber
M. X"). An initial before an opening quotation mark ends the sentence ("…, porte-parole du
Comité Action H. «On va …»"). An organisation right after a person noun (not a classifier
noun) qualifies the person, who speaks as written ("», estime une syndicaliste Force
ouvrière"; "le quotidien X" is X). A person's name opening a clause, then one lower-case word
with a verb's ending before a colon, speaks ("…, Yves Leperlier alerte : « … »"). The pronoun
of an incise that nothing nearer resolves goes to the one person the article has named so far
(outside quotation marks) whose gender, where known, agrees, unless someone else spoke last.
A quoted phrase with no speaker of its own, in what a verb of saying introduces (after the
verb, no second main clause between), is the words of the verb's subject ("X ont déclaré
qu'ils …, estimant avoir « le vent en poupe »"). "Le cabinet du maire X" is not X. A news
agency that relays a statement is not its owner ("le communiqué relayé par la Map"). A
clause's predicate the parse makes the subject of an incise's verb inside the marks is none
("« … était notre meilleure période, a repris X. … »"). A bare noun after "pour" is a locution,
no source ("Avec, pour résultat, …"). A name after a preposition and an article inside a
speaker's phrase is a complement, not who speaks ("Les élus de … communes entre l'Allemagne et
…"), and a phrase opening on a preposition of place names no one ("dans le Michigan"). After an
opening phrase, a person's name and an apposition between commas before a copula the parse
gives no subject is its subject ("Rencontrée près de …, X, 56 ans, est plus nuancée"), whom
"elle" then goes on with. The pronoun of an incise before a quotation in a relative clause is the
sentence's subject when its gender agrees ("X a interpellé Y, nommé adjoint qui, assure-t-elle,
« … »"); nouns of sex and kinship give their gender whatever their ending ("première femme
maire"), and "adjoint(e)" is a title. A short phrase with no verb and no one in it before a colon
goes on with the person the sentence before is about ("X envisage … . Sans grande conviction :
« … »").

Modules: ``spans`` (quotation marks), ``speakers`` (speaker noun phrases,
pronouns, genders), ``attribution`` (the rules above).
"""

from __future__ import annotations

from .spans import (  # noqa: F401  re-exported
    QuoteSpan,
    find_quote_spans,
)
from .speakers import (  # noqa: F401  re-exported
    person_genders,
)
from .attribution import (  # noqa: F401  re-exported
    article_quotes,
)
from ...text import split_sentences  # noqa: F401  re-exported (quote-aware sentence splitting)
