// Places that news writes as if they spoke ("Russia made it clear that …", "Washington insists …") or that
// stand where a name could ("a rally in Salem, New Hampshire"): countries, US states, capitals and the cities and
// regions the news names most. A place is never a person, and a place alone is never a speaker: the careful
// reader asks "who in Russia?", and the article usually says (the Kremlin, the foreign ministry, Lavrov).
// Bodies that do speak keep their own words ("the Kremlin", "the State Department", "the White House") and are
// organisations. Lowercase, accents folded; entries separated by commas.

const COUNTRIES = `afghanistan, albania, algeria, andorra, angola, argentina, armenia, australia, austria, azerbaijan,
bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan, bolivia, bosnia, botswana, brazil,
brunei, bulgaria, burkina faso, burundi, cambodia, cameroon, canada, chad, chile, china, colombia, comoros, congo,
croatia, cuba, cyprus, czechia, czech republic, denmark, djibouti, dominica, dominican republic, ecuador, egypt,
el salvador, eritrea, estonia, eswatini, ethiopia, fiji, finland, france, gabon, gambia, germany, ghana, greece,
grenada, guatemala, guinea, guyana, haiti, honduras, hungary, iceland, india, indonesia, iran, iraq, ireland, israel,
italy, ivory coast, jamaica, japan, kazakhstan, kenya, kiribati, kosovo, kuwait, kyrgyzstan, laos, latvia, lebanon,
lesotho, liberia, libya, liechtenstein, lithuania, luxembourg, madagascar, malawi, malaysia, maldives, mali, malta,
mauritania, mauritius, mexico, micronesia, moldova, monaco, mongolia, montenegro, morocco, mozambique, myanmar, burma,
namibia, nauru, nepal, netherlands, holland, new zealand, nicaragua, niger, nigeria, north korea, north macedonia,
macedonia, norway, oman, pakistan, palau, palestine, panama, papua new guinea, paraguay, peru, philippines, poland,
portugal, qatar, romania, russia, rwanda, samoa, san marino, saudi arabia, senegal, serbia, seychelles, sierra leone,
singapore, slovakia, slovenia, somalia, south africa, south korea, korea, south sudan, spain, sri lanka, sudan,
suriname, sweden, switzerland, syria, taiwan, tajikistan, tanzania, thailand, togo, tonga, trinidad, tunisia, turkey,
turkiye, turkmenistan, tuvalu, uganda, ukraine, united arab emirates, united kingdom, britain, great britain,
england, scotland, wales, northern ireland, united states, america, uruguay, uzbekistan, vanuatu, venezuela,
vietnam, yemen, zambia, zimbabwe, soviet union`;

// "Georgia" and "Jordan" are left out: a state and a country, but also a first name and a surname.
const US_STATES = `alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida, hawaii, idaho,
illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts, michigan, minnesota, mississippi,
missouri, montana, nebraska, nevada, new hampshire, new jersey, new mexico, new york, north carolina, north dakota,
ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah, vermont,
virginia, west virginia, wisconsin, wyoming, puerto rico, guam`;

// Capitals stand for governments ("Moscow", "Beijing", "Kyiv"); cities and regions are datelines and venues.
// "Washington" is left out: it is also a surname, and "the Washington Post" is a speaker.
const CITIES_AND_REGIONS = `moscow, beijing, kyiv, kiev, london, paris, berlin, rome, madrid, lisbon, brussels, vienna,
warsaw, prague, budapest, bucharest, athens, ankara, istanbul, tehran, baghdad, damascus, beirut, amman, jerusalem,
tel aviv, cairo, riyadh, jeddah, doha, dubai, abu dhabi, kabul, islamabad, karachi, new delhi, delhi, mumbai, dhaka,
tokyo, seoul, pyongyang, taipei, hong kong, shanghai, manila, jakarta, hanoi, bangkok, canberra, sydney, melbourne,
ottawa, toronto, montreal, vancouver, mexico city, havana, caracas, bogota, buenos aires, brasilia, rio de janeiro,
sao paulo, nairobi, lagos, abuja, johannesburg, pretoria, addis ababa, khartoum, tripoli, tunis, algiers, rabat,
minsk, tbilisi, yerevan, baku, astana, tashkent, helsinki, stockholm, oslo, copenhagen, dublin, edinburgh, amsterdam,
geneva, zurich, davos, munich, frankfurt, hamburg, kharkiv, odesa, odessa, mariupol, donetsk, luhansk, crimea,
donbas, donbass, gaza, west bank, golan, sinai, kashmir, tibet, xinjiang, europe, asia, africa, oceania, middle east,
latin america, south america, north america, central america, eastern europe, western europe, persian gulf, balkans,
baltics, scandinavia, caucasus, siberia, arctic, new york city, los angeles, chicago, houston, phoenix, philadelphia,
san antonio, san diego, dallas, san jose, austin, jacksonville, san francisco, columbus, indianapolis, charlotte,
seattle, denver, boston, el paso, detroit, nashville, memphis, portland, las vegas, louisville, baltimore, milwaukee,
albuquerque, tucson, fresno, sacramento, atlanta, miami, orlando, tampa, raleigh, cleveland, cincinnati, pittsburgh,
st. louis, kansas city, omaha, minneapolis, new orleans, honolulu, anchorage, salt lake city, des moines, manchester,
birmingham, liverpool, glasgow, belfast, cardiff, silicon valley, wall street, capitol hill, manhattan, brooklyn`;

// The abbreviations news uses for US states after a city ("Reno, Nev.", "Manchester, N.H."), periods dropped.
// "Del." and "Ind." are left out: a delegate's title and an independent's party tag.
const STATE_ABBREVIATIONS = `ala, ariz, ark, calif, colo, conn, fla, ga, ill, kan, kans, ky, la, md, mass, mich, minn, miss,
mo, mont, neb, nev, n.h, n.j, n.m, n.y, n.c, n.d, okla, ore, pa, r.i, s.c, s.d, tenn, tex, va, vt, wash, w.va, wis,
wisc, wyo, d.c`;

function entries(...lists: string[]): string[] {
  return lists.flatMap((l) => l.split(',')).map((e) => e.replace(/\s+/gu, ' ').trim()).filter(Boolean);
}

/** Place names, each as its lowercase words joined by one space ("new hampshire"). */
export const PLACE_NAMES: ReadonlySet<string> = new Set(entries(COUNTRIES, US_STATES, CITIES_AND_REGIONS, STATE_ABBREVIATIONS));

/**
 * Words for peoples, parties and faiths: capitalised, but a group or an adjective, never one person's name
 * ("Democrats said", "a Roman Catholic", "Muslims").
 */
export const GROUP_WORDS: ReadonlySet<string> = new Set(entries(`american, americans, russian, russians, ukrainian,
ukrainians, chinese, british, briton, britons, english, french, german, germans, european, europeans, african,
africans, asian, asians, arab, arabs, israeli, israelis, palestinian, palestinians, iranian, iranians, iraqi, iraqis,
syrian, syrians, turkish, turks, saudi, saudis, mexican, mexicans, canadian, canadians, japanese, korean, koreans,
indian, indians, pakistani, pakistanis, afghan, afghans, cuban, cubans, latino, latinos, latina, latinas, hispanic,
hispanics, kurd, kurds, kurdish, polish, italian, italians, spanish, irish, scottish, welsh, dutch, swedish,
norwegian, danish, finnish, greek, greeks, venezuelan, venezuelans, brazilian, brazilians, nigerian, nigerians,
egyptian, egyptians, western, eastern, northern, southern, democrat, democrats, democratic, republican, republicans,
conservative, conservatives, liberal, liberals, progressive, progressives, libertarian, libertarians, independents,
socialist, socialists, communist, communists, evangelical, evangelicals, catholic, catholics, roman, protestant,
protestants, christian, christians, muslim, muslims, islamic, jewish, jews, mormon, mormons, hindu, hindus,
buddhist, buddhists, sunni, sunnis, shiite, shiites, millennials, soviet`).flatMap((e) => e.split(' ')));
