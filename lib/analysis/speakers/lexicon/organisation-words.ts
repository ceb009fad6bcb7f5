// Words that make a capitalised phrase an organisation ("the Department of Health", "The New York Post") or a
// lowercase phrase point back to one ("the ministry said"). Lowercase.

/** Heads of organisation names and of phrases that refer to an organisation. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'office', 'agency', 'commission', 'committee', 'council', 'party', 'company',
  'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'llc', 'group', 'bank', 'fund', 'university', 'college',
  'school', 'institute', 'institution', 'foundation', 'association', 'union', 'federation', 'court', 'police',
  'army', 'navy', 'government', 'administration', 'campaign', 'team', 'post', 'times', 'journal', 'news', 'network',
  'press', 'service', 'bureau', 'kremlin', 'pentagon', 'congress', 'senate', 'parliament', 'assembly', 'embassy',
  'board', 'authority', 'organisation', 'organization', 'center', 'centre', 'society', 'club', 'church', 'channel',
  'magazine', 'newspaper', 'radio', 'coalition', 'alliance', 'agency', 'house', 'tribune', 'herald', 'gazette',
  'telegraph', 'guardian', 'review', 'monitor', 'daily', 'weekly', 'broadcasting', 'tv', 'television',
  'network', 'firm', 'industries', 'holdings', 'group', 'project', 'caucus', 'cabinet', 'navy', 'command',
  'force', 'forces', 'guard', 'court', 'tribunal', 'secretariat', 'directorate', 'initiative', 'trust', 'watch',
  'program', 'programme', 'movement', 'lab', 'laboratory', 'hospital', 'clinic', 'airline', 'airlines', 'motors',
]);
