// English words that say nothing about what a passage is about: function words, the commonest verbs and
// adverbs, and vague nouns ("way", "thing"). Left out when comparing paragraphs and when choosing titles.

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above across actually after afterwards again against ago all almost alone along already also although always am
among amongst an and another any anybody anyhow anyone anything anyway anywhere are around as aside at away back be
became because become becomes becoming been before beforehand behind being below beside besides between beyond both
but by can cannot could did do does doing done down during each either else elsewhere enough especially etc even
ever every everybody everyone everything everywhere except far few fewer first for former formerly from further
furthermore get gets getting given gives go goes going gone got had has have having he hence her here hereby herein
hers herself him himself his how however i if in indeed instead into is it its itself just last later latter least
less let lets like likely made make makes making many may maybe me meanwhile might mine more moreover most mostly
much must my myself namely neither never nevertheless next no nobody none nonetheless noone nor not nothing now
nowhere of off often on once one ones only onto or other others otherwise our ours ourselves out over own per perhaps
quite rather really said same say says see seem seemed seeming seems seen several shall she should since so some
somebody somehow someone something sometime sometimes somewhat somewhere soon still such than that the their theirs
them themselves then thence there thereafter thereby therefore therein these they thing things this those though
through throughout thus to together too toward towards under unless until up upon us use used uses using very via
was way ways we well were what whatever when whenever where whereas wherever whether which while who whoever whole
whom whose why will with within without would yet you your yours yourself yourselves
able ask asked came come comes did doing felt find found gave give keep kept know known knew left look looked looks
mean means meant put saw seems set show shown take taken takes tell think thought told took try tried want wanted
wants went clearly simply merely truly fully largely likewise already certainly probably possibly generally
lot lots kind kinds sort part parts fact facts case cases point points number numbers sense matter matters
way ways time times today yesterday tomorrow new old good bad great big small little long high low many much
mr mrs ms dr st`.split(/\s+/),
);
