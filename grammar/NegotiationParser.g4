// Parser for .neg negotiation records. The grammar is deliberately not recursive: blocks nest at
// most talks > meeting > statement, so hostile input (100,000 nested '<') cannot exhaust the stack.
// No actions and no predicates: all meaning lives in the tree builder and the binder.
// No alternative labels (`# name`) either: ANTLR makes a second context object for each labelled alternative it
// enters, and the tree builder tells alternatives apart by the part they start with.
parser grammar NegotiationParser;

options { tokenVocab = NegotiationLexer; }

compilationUnit : member* EOF;

member
    : useDeclaration
    | recordHeader
    | partyDeclaration
    | personDeclaration
    | meetingDeclaration
    | talksDeclaration
    | policyDeclaration
    | agreementDeclaration
    | statement
    ;

// ---- Uses: the declarations of another folder or file of the archive (docs/language.md, "Archives")
useDeclaration  : USE string (AS IDENTIFIER)? SEMICOLON;

// ---- Record header -----------------------------------------------------------------------------
recordHeader    : RECORD string? headerAttribute* SEMICOLON;
headerAttribute
    : SOURCE string
    | GRADED IDENTIFIER
    | PUBLISHED date
    | URL string
    | LANGUAGE string
    ;

// ---- Actors ------------------------------------------------------------------------------------
partyDeclaration : PARTY IDENTIFIER partyKind? string? partyAttribute* SEMICOLON;
partyKind        : STATE | ALLIANCE | ORGANISATION | BLOC | BODY;
partyAttribute
    : AKA string (COMMA string)*
    | CODE string
    | MEMBERS actorList
    | OF actor
    ;

personDeclaration : PERSON IDENTIFIER string? personAttribute* SEMICOLON;
personAttribute
    : OFFICE string (OF actor)? (FROM date)? (UNTIL date)?
    | OF actor
    | AKA string (COMMA string)*
    | CODE string
    ;

// ---- Policies ----------------------------------------------------------------------------------
// What a fuzzy date word means in these records: `policy coming_days within 7 days;`
policyDeclaration : POLICY fuzzyDate simpleDate SEMICOLON;
fuzzyDate         : SOON | COMING_DAYS | COMING_WEEKS;

// ---- Agreements: a document as a thing (docs/language.md, "Agreements") --------------------------
// `new_start: agreement "Treaty ..." kind treaty stage comprehensive term 10 years;` The kind and the stage are
// names the binder checks against its tables, so they need no keyword each.
agreementDeclaration : label? AGREEMENT string? agreementAttribute* SEMICOLON;
agreementAttribute
    : KIND IDENTIFIER
    | STAGE IDENTIFIER
    | TERM NUMBER unit
    | SOURCE string
    ;

// ---- Meetings and talks ------------------------------------------------------------------------
meetingDeclaration : label? MEETING place meetingAttribute* meetingBlock;
talksDeclaration   : label? TALKS string? meetingAttribute* talksBlock;
place              : IDENTIFIER | string;
meetingAttribute
    : date
    | AT timeOfDay
    | DURATION
    | approximation DURATION
    | WITH actorList
    | FORMAT place
    | SOURCE string
    | ROLE IDENTIFIER actorList
    | DELEGATION actor actorList? (LED BY actor)?
    | GRADED IDENTIFIER
    ;
meetingBlock : LESS_THAN statement* GREATER_THAN;
talksBlock   : LESS_THAN (meetingDeclaration | statement)* GREATER_THAN;

// ---- Statements --------------------------------------------------------------------------------
statement
    : label? actorList predicate clause* SEMICOLON
    | label? OUTCOME NO? string clause* SEMICOLON
    // A day that is nobody's obligation (docs/language.md, "Milestones"): `adoption_day: milestone "Adoption Day" after endorsement in 90 days;`
    | label? MILESTONE string clause* SEMICOLON
    ;
label     : IDENTIFIER COLON;
predicate : COMMITS obligationKind? string
          | SAYS string
          | SAYS actorList reported
          | CALLS (IDENTIFIER | string) string
          | DEMANDS string
          | PROPOSES string
          | OFFERS string
          | REJECTS rejected
          | ACCEPTS rejected
          | ANSWERS rejected
          | AGREES string
          | ASKS string
          | EXPECTS NO? string
          | HOPES string
          | DENIES string
          | CONFIRMS string
          | FULFILS IDENTIFIER
          | BREAKS IDENTIFIER
          | WITHDRAWS IDENTIFIER
          | VIOLATES IDENTIFIER
          | SIGNS IDENTIFIER
          | WITNESSES IDENTIFIER
          | GUARANTEES IDENTIFIER
          | ADOPTS IDENTIFIER
          | RATIFIES IDENTIFIER
          | ENTERS INTO FORCE
          | EXTENDS IDENTIFIER
          | RENEWS IDENTIFIER
          | SUSPENDS IDENTIFIER
          | RESUMES IDENTIFIER
          | TERMINATES IDENTIFIER
          | HAPPENS
          | FAILS
          ;
// What kind of obligation a commitment is: none written is an achievement (a deliverable, perhaps by a deadline).
obligationKind : TO KEEP | NOT TO;
// Reported speech nests exactly one level ("Ryabkov says West rejects ..."), never recursively.
reported  : COMMITS obligationKind? string
          | CALLS (IDENTIFIER | string) string
          | DEMANDS string
          | PROPOSES string
          | OFFERS string
          | REJECTS rejected
          | ACCEPTS rejected
          | ANSWERS rejected
          | AGREES string
          | ASKS string
          | EXPECTS NO? string
          | HOPES string
          | DENIES string
          | CONFIRMS string
          | VIOLATES IDENTIFIER
          ;
rejected  : string | IDENTIFIER (COMMA IDENTIFIER)*;

clause
    : TO actorList
    | OF actorList
    | BY date
    | ON date
    | IF string
    | AFTER (string | date | IDENTIFIER)
    | ABOUT string
    | QUOTE string
    | SOURCE string
    | DISPUTED BY string
    | GRADED IDENTIFIER
    | AMOUNT quantity string?
    | VIA actor
    | FOR actorList
    | FOR NUMBER unit
    | UNTIL date
    | UNDER IDENTIFIER
    | AS string
    | (IN | WITHIN) NUMBER unit
    | FROM date
    ;

// ---- Quantities: `about 5000 prisoners`, `at least 50 km`, `USD 1.5 billion` (docs/language.md, section 22).
// The currency, scale word and unit are names; the binder checks them against one table.
quantity      : approximation? IDENTIFIER? NUMBER IDENTIFIER? IDENTIFIER?;
approximation : ABOUT | AT IDENTIFIER;

actorList : actor ((COMMA | AND) actor)*;
actor     : IDENTIFIER;

// ---- Dates -------------------------------------------------------------------------------------
date      : moment (DOT_DOT moment)?;
// A day, or a time of day on it: 2015-02-15 at 00:00 Europe/Kyiv (docs/language.md, "Times and time zones").
moment    : simpleDate (AT timeOfDay)?;
timeOfDay : TIME timeZone?;
timeZone  : TIME_ZONE | IDENTIFIER;
simpleDate
    : DATE | WEEK | MONTH | NUMBER
    | TODAY | TOMORROW | YESTERDAY
    | THIS_WEEK | NEXT_WEEK | LAST_WEEK
    | THIS_MONTH | NEXT_MONTH | LAST_MONTH
    | THIS_YEAR | NEXT_YEAR | LAST_YEAR
    | SOON | COMING_DAYS | COMING_WEEKS
    | IN NUMBER unit
    | WITHIN NUMBER unit
    | NUMBER unit AGO
    ;
unit      : DAYS | WEEKS | MONTHS | YEARS;

string    : STRING | UNTERMINATED_STRING;
