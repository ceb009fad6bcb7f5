// First names that are clearly a man's or a woman's in English-language news, so "he" and "she" can tell two
// people apart before the article has used a pronoun for either ("Josh Hendler warned …. “…,” he wrote", after
// a paragraph about Sanders). Common US names of the last eighty years plus the names of world politics; names
// given to both (Jordan, Taylor, Kelly, Leslie, Robin, Jean, Dana, Pat, Chris, Alex, Sam, Jamie, Casey, Terry,
// Kim, Lynn, Shannon, Morgan, Jesse) are left out on purpose. Lowercase, accents folded. The last line of each list
// holds common names found missing from it when reading PolNeAR train speakers (round 4).

const MALE = `aaron abdul adam adrian ahmed alan albert alberto alejandro alexander alexei aleksei alfred allen alvin
amir andre andrea? andrew andy angelo anthony antonio arnold arthur austin barack barry ben benjamin bernard bernie
bill billy bob bobby boris brad bradley brandon brent brett brian bruce bryan byron calvin carl carlos cecil chad
charles charlie chester chuck clarence claude clifford clint cody colin corey craig curtis dale dan daniel
danny darrell darren dave david dean dennis derek desmond dick dmitri dmitry don donald doug douglas duane dustin
dwight earl eddie edgar eduardo edward edwin elijah elliott emmanuel enrique eric erik ernest eugene evan felipe
fernando francis francisco frank franklin fred frederick gabriel gary gene geoffrey george gerald gilbert glenn gordon
graham grant greg gregory guy hank harold harry harvey hassan hector henry herbert herman howard hugh hugo ian igor
isaac ivan jack jackson jacob jake james jared jason javier jay jeb jeff jeffrey jeremy jerome jerry jim jimmy joe joel
johan john johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kirill
kurt kyle lamar lance larry lawrence leon leonard lewis lindsey? lloyd louis luis luke malcolm manuel marco marcus
mario mark marshall martin marvin matt matthew maurice max michael miguel mike milton mitch mitchell mitt mohammed
muhammad nathan neil nicholas nick nikolai norman oleg oliver omar oscar owen pablo patrick paul pedro peter phil
philip pierre rafael ralph ramon rand randall randy raul ray raymond reginald reince rex ricardo richard rick ricky
rob robert roberto rod roger roland ron ronald ross roy rudy russell ryan salvador samuel scott sean sebastian sergei
sergey seth shane sherrod stanley stephen steve steven stuart ted terrence theodore thomas tim timothy todd tom tommy
tony travis trent trey troy tyler vernon victor vincent vladimir volodymyr wade walter warren wayne wesley william
willie xavier yuri yury zachary
abraham arturo beau bret buddy christopher curt dante denis dino geoff gerard gonzalo jeffery jonah laurence marc
mikhail nate newt nigel noah robby rupert sheldon sidney simon stan tad whit woodrow`;

const FEMALE = `abigail ada adriana agnes alexandra alexis alice alicia alison allison alma amanda amber amy ana anastasia
andrea angela angelina anita ann anna anne annette annie april arlene ashley audrey barbara beatrice becky belinda
betsy betty beverly bonnie brenda bridget brittany brooke camila candace carla carly carmen carol carole caroline
carolyn catherine cathy cecilia charlene charlotte chelsea cheryl christina christine cindy claire clara claudia
colleen connie constance cynthia daisy danielle darlene dawn debbie deborah debra denise diana diane dianne dolores
donna doris dorothy edith eileen elaine eleanor elena elisabeth elise elizabeth ella ellen emily emma erica erin
esther ethel eva evelyn faith florence frances gabriela gail geraldine gina gladys gloria grace gretchen hannah harriet
heather heidi helen hillary holly hope ida irene iris isabel ivanka jacqueline jane janet janice jasmine jeanne
jennifer jenny jessica jill joan joanna joanne josephine joy joyce judith judy julia julie june karen kate katherine
kathleen kathryn kathy katie kayla kellyanne kirsten kristen kristin laura lauren leah lillian linda lisa
liz lois loretta lori lorraine louise lucia lucy lydia lynne madeleine madison maggie marcia margaret maria marian
marie marilyn marina marjorie marlene martha mary maureen maxine megan megyn melania melanie melinda melissa michele
michelle mildred miriam molly monica nadia nancy naomi natalie natasha nicole nikki nina nora norma olga olivia paige
pamela patricia paula pauline peggy penny phyllis priscilla rachel rebecca regina renee rhonda rita roberta rosa
rosalind rose rosemary ruth sabrina sally samantha sandra sara sarah sharon sheila sherry shirley sophia sophie stacey
stacy stephanie sue susan suzanne sylvia tamara tammy tanya tara teresa theresa tiffany tina tracey tulsi ursula
valerie vanessa vera veronica victoria viola virginia vivian wanda wendy whitney yolanda yulia yvonne zoe
angie brigid cecile gabrielle jenna jillian kelli kelsey laurie mona patti roseann sonia`;

function entries(list: string, gender: 'm' | 'f'): [string, 'm' | 'f'][] {
  // A trailing "?" marks a name worn by both in some places; those stay out.
  return list.split(/\s+/u).filter((w) => w && !w.endsWith('?')).map((w) => [w, gender]);
}

/** Given name (lowercase, folded) -> the gender news usually means by it. */
export const GIVEN_NAME_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([...entries(MALE, 'm'), ...entries(FEMALE, 'f')]);
