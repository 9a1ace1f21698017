// Lexer for .neg negotiation records.
// Every character of the input ends up in exactly one token: trivia (whitespace, newlines, comments,
// unexpected characters) goes to the hidden channel so the tree builder can attach it to the
// neighbouring tokens and print the input back byte for byte. No actions, no predicates.
//
// The lexer reads the text through SourceCharStream, which shows it each non-ASCII character as a
// stand-in for its class (LexerCharacterClasses): U+0004 for a letter (Unicode L, Nl), U+0001 for a
// character that may continue a name (Nd, Mn, Mc, Pc), a space for a Unicode space (Zs), U+0002 for
// the line and paragraph separators U+2028 and U+2029, U+0003 for the byte order mark U+FEFF, and
// U+0005 for anything else (real U+0001 to U+0004 count as anything else too). Full Unicode sets
// such as \p{L} cost 40 ms at every start-up to deserialize; the stand-ins keep the sets small and
// let ANTLR's DFA, which caches only ASCII transitions, cache every transition.
//
// A parse does not run the lexer generated from this file: HandWrittenLexer makes the same tokens faster. It reads
// the rules that are a fixed set of strings (keywords, punctuation) from the generated lexer; any other rule added
// or changed here must be followed there, and HandWrittenLexerTests and SlimTokenTests fail until it is.
lexer grammar NegotiationLexer;

// ---- Trivia ------------------------------------------------------------------------------------
BYTE_ORDER_MARK            : '\u0003' -> channel(HIDDEN);
// Whitespace and line breaks make no token objects: half of all tokens were layout, and the tree
// builder rebuilds their trivia from the gaps between tokens (TokenCursor).
WHITESPACE                 : [ \t\f\u000B]+ -> skip;
END_OF_LINE                : ( '\r\n' | '\r' | '\n' | '\u0002' ) -> skip;
LINE_COMMENT               : '//' ~[\r\n\u0002]* -> channel(HIDDEN);
// A block comment cannot contain "*/"; the unterminated form is one character shorter whenever a
// terminator exists, so longest-match picks the terminated comment and the other runs to the end.
BLOCK_COMMENT              : '/*' ( ~'*' | '*'+ ~[*/] )* '*'+ '/' -> channel(HIDDEN);
UNTERMINATED_BLOCK_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* -> channel(HIDDEN);

// ---- Declaration keywords ----------------------------------------------------------------------
USE          : 'use';
AS           : 'as';
RECORD       : 'record';
SOURCE       : 'source';
PUBLISHED    : 'published';
URL          : 'url';
LANGUAGE     : 'language';
PARTY        : 'party';
PERSON       : 'person';
STATE        : 'state';
ALLIANCE     : 'alliance';
ORGANISATION : 'organisation' | 'organization';
BLOC         : 'bloc';
BODY         : 'body';
AKA          : 'aka';
CODE         : 'code';
MEMBERS      : 'members';
OFFICE       : 'office';
FROM         : 'from';
UNTIL        : 'until';
MEETING      : 'meeting';
TALKS        : 'talks';
AT           : 'at';
WITH         : 'with';
FORMAT       : 'format';
OUTCOME      : 'outcome';
POLICY       : 'policy';
AGREEMENT    : 'agreement';
KIND         : 'kind';
STAGE        : 'stage';
TERM         : 'term';
ROLE         : 'role';
DELEGATION   : 'delegation';
LED          : 'led';
MILESTONE    : 'milestone';

// ---- Statement verbs (third person and plural spellings share a token) -------------------------
COMMITS      : 'commits' | 'commit';
SAYS         : 'says' | 'say';
CALLS        : 'calls' | 'call';
DEMANDS      : 'demands' | 'demand';
PROPOSES     : 'proposes' | 'propose';
OFFERS       : 'offers' | 'offer';
REJECTS      : 'rejects' | 'reject' | 'refuses' | 'refuse';
ACCEPTS      : 'accepts' | 'accept';
ANSWERS      : 'answers' | 'answer';
AGREES       : 'agrees' | 'agree';
ASKS         : 'asks' | 'ask';
EXPECTS      : 'expects' | 'expect';
HOPES        : 'hopes' | 'hope';
DENIES       : 'denies' | 'deny';
CONFIRMS     : 'confirms' | 'confirm';
FULFILS      : 'fulfils' | 'fulfills' | 'fulfil' | 'fulfill';
BREAKS       : 'breaks' | 'break';
WITHDRAWS    : 'withdraws' | 'withdraw';
VIOLATES     : 'violates' | 'violate';
SIGNS        : 'signs' | 'sign';
WITNESSES    : 'witnesses' | 'witness';
GUARANTEES   : 'guarantees' | 'guarantee';
ADOPTS       : 'adopts' | 'adopt';
RATIFIES     : 'ratifies' | 'ratify';
ENTERS       : 'enters' | 'enter';
EXTENDS      : 'extends' | 'extend';
RENEWS       : 'renews' | 'renew';
SUSPENDS     : 'suspends' | 'suspend';
RESUMES      : 'resumes' | 'resume';
TERMINATES   : 'terminates' | 'terminate';
HAPPENS      : 'happens' | 'happen';
FAILS        : 'fails' | 'fail';

// ---- Clause words ------------------------------------------------------------------------------
TO           : 'to';
OF           : 'of';
BY           : 'by';
ON           : 'on';
IF           : 'if';
AFTER        : 'after';
ABOUT        : 'about';
QUOTE        : 'quote';
GRADED       : 'graded';
DISPUTED     : 'disputed';
AMOUNT       : 'amount';
VIA          : 'via';
NO           : 'no';
AND          : 'and';
KEEP         : 'keep';
NOT          : 'not';
FOR          : 'for';
UNDER        : 'under';
INTO         : 'into';
FORCE        : 'force';

// ---- Date words --------------------------------------------------------------------------------
TODAY        : 'today';
TOMORROW     : 'tomorrow';
YESTERDAY    : 'yesterday';
THIS_WEEK    : 'this_week';
NEXT_WEEK    : 'next_week';
LAST_WEEK    : 'last_week';
THIS_MONTH   : 'this_month';
NEXT_MONTH   : 'next_month';
LAST_MONTH   : 'last_month';
THIS_YEAR    : 'this_year';
NEXT_YEAR    : 'next_year';
LAST_YEAR    : 'last_year';
SOON         : 'soon';
COMING_DAYS  : 'coming_days';
COMING_WEEKS : 'coming_weeks';
IN           : 'in';
WITHIN       : 'within';
AGO          : 'ago';
DAYS         : 'days' | 'day';
WEEKS        : 'weeks' | 'week';
MONTHS       : 'months' | 'month';
YEARS        : 'years' | 'year';

// ---- Literals ----------------------------------------------------------------------------------
DATE         : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT;
WEEK         : DIGIT DIGIT DIGIT DIGIT '-W' DIGIT DIGIT;
MONTH        : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT;
TIME         : DIGIT DIGIT ':' DIGIT DIGIT;
// An IANA time zone id such as Europe/Kyiv or America/Argentina/Buenos_Aires (the binder checks it against
// the zone database); a zone without a slash (UTC) is an IDENTIFIER, so no zone name becomes a keyword.
TIME_ZONE    : ASCII_LETTER ( ASCII_LETTER | '_' )* ( '/' ( ASCII_LETTER | [0-9_+\-] )+ )+;
DURATION     : DIGIT+ ( '.' DIGIT+ )? ( 'h' ( DIGIT+ 'min' )? | 'min' | 'd' | 'w' );
NUMBER       : DIGIT+ ( '.' DIGIT+ )?;
STRING       : '"' ( ~["\\\r\n\u0002] | ESCAPE )* '"';
// Stops before ';' so that a forgotten closing quote does not also swallow the statement's end.
UNTERMINATED_STRING : '"' ( ~["\\\r\n\u0002;] | ESCAPE )* '\\'?;
// A name may be qualified by the alias of a used folder: geneva.written_response (one token: the binder
// splits it, and the editor renames the part after the dot).
IDENTIFIER   : LETTER ( LETTER | NAME_PART )* ( '.' LETTER ( LETTER | NAME_PART )* )?;

// ---- Punctuation -------------------------------------------------------------------------------
LESS_THAN    : '<';
GREATER_THAN : '>';
SEMICOLON    : ';';
COMMA        : ',';
COLON        : ':';
DOT_DOT      : '..';

// Anything else is reported by the tree builder and kept as skipped text.
UNEXPECTED_CHARACTER : . -> channel(HIDDEN);

fragment DIGIT      : [0-9];
fragment ESCAPE     : '\\' ~[\r\n\u0002];
fragment LETTER     : [a-zA-Z_\u0004];
fragment ASCII_LETTER : [a-zA-Z];
fragment NAME_PART  : [0-9\u0001];
