// Country names and a few common abbreviations: a small gazetteer that tells a country (an actor
// that can hold a point of view) from other proper names, which wink-nlp's light model cannot.

const NAMES = `Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|
Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|
Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|
Cyprus|Czechia|Czech Republic|Denmark|Djibouti|Dominica|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|
Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|
Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|
Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|
Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|
Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|
North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|
Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|
Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|
Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|
Ukraine|United Arab Emirates|United Kingdom|Britain|Great Britain|England|Scotland|Wales|United States|
United States of America|America|U.S.|US|USA|U.S.A.|UK|U.K.|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|
Vietnam|Yemen|Zambia|Zimbabwe|Soviet Union|USSR|Korea|European Union|EU`;

const COUNTRIES: ReadonlySet<string> = new Set(
  NAMES.split("|")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name.length > 0),
);

export function isCountry(name: string): boolean {
  return COUNTRIES.has(name.toLowerCase());
}
