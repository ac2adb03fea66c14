package org.w3id.cydip.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms and namespaces of cydip: the ontology, instances, shapes and named graphs. */
public final class Cydip {
    private Cydip() {}

    /** The ontology's IRI (without the hash). */
    public static final String ONTOLOGY = "https://w3id.org/cydip/ontology";
    /** Namespace of ontology terms. */
    public static final String NS = ONTOLOGY + "#";
    /** Base of instance IRIs: {@code ID + "state/RUS"}. */
    public static final String ID = "https://w3id.org/cydip/id/";
    /** Namespace of the SHACL shapes. */
    public static final String SHAPES = "https://w3id.org/cydip/shapes#";
    /** Base of named-graph IRIs: {@code GRAPH + "votes"}. */
    public static final String GRAPH = "https://w3id.org/cydip/graph/";
    public static final String PREFIX = "cydip";

    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    public static Node id(String type, String key) {
        return NodeFactory.createURI(ID + type + "/" + key);
    }

    public static Node graph(String kind) {
        return NodeFactory.createURI(GRAPH + kind);
    }

    // Classes
    /** A party that acts in cyber diplomacy: a state, an intergovernmental organisation, a grouping of states or a non-state actor. */
    public static final Node Actor = term("Actor");
    /** A sovereign state or a territory that acts as one in international fora, identified by its ISO 3166-1 alpha-3 code (or the user-assigned code where ISO has none). */
    public static final Node State = term("State");
    /** A formal organisation whose members are states, founded by treaty or charter, such as the United Nations, the Council of Europe or the African Union. */
    public static final Node IntergovernmentalOrganisation = term("IntergovernmentalOrganisation");
    /** An informal or loosely institutionalised grouping of states without a founding treaty, such as BRICS, the G7, the G20 or the Group of 77. */
    public static final Node Grouping = term("Grouping");
    /** An actor that is not a state nor an organisation of states: a company, a civil-society organisation, an expert body. */
    public static final Node NonStateActor = term("NonStateActor");
    /** A state's institution for cyber diplomacy: an office, an ambassador's or envoy's post, a coordinator's post or a bureau. */
    public static final Node Office = term("Office");
    /** A document that states or organisations adopt, sign or endorse to set out rules, norms, findings or commitments. */
    public static final Node Instrument = term("Instrument");
    /** A legally binding international agreement between states or organisations, open to signature, ratification or accession. */
    public static final Node Treaty = term("Treaty");
    /** A legally binding instrument that supplements or amends a treaty and is open to that treaty's parties. */
    public static final Node Protocol = term("Protocol");
    /** A decision of an organ of an international organisation, such as a UN General Assembly resolution, identified by its document symbol. */
    public static final Node Resolution = term("Resolution");
    /** A report of a forum or process, such as the consensus report of a UN Group of Governmental Experts or Open-Ended Working Group. */
    public static final Node Report = term("Report");
    /** A non-binding instrument: a declaration, a joint statement, a call, a code of conduct or a coalition's founding text. */
    public static final Node SoftLawInstrument = term("SoftLawInstrument");
    /** A non-binding statement of principles or commitments that states join by signing or endorsing, such as a joint statement or a call. */
    public static final Node Declaration = term("Declaration");
    /** A non-binding set of rules of conduct proposed or adopted by a group of states, such as the SCO International Code of Conduct for Information Security. */
    public static final Node CodeOfConduct = term("CodeOfConduct");
    /** A standing coalition or process that states join, with a founding text, such as the Freedom Online Coalition or the Counter Ransomware Initiative. */
    public static final Node Initiative = term("Initiative");
    /** A norm of responsible state behaviour, such as one of the eleven voluntary norms of the 2015 UN GGE report. */
    public static final Node Norm = term("Norm");
    /** A contested question of how international law applies in cyberspace, such as whether sovereignty is a primary rule whose violation is wrongful in itself. */
    public static final Node LegalQuestion = term("LegalQuestion");
    /** A forum or negotiating process, or one round of it: a UN Group of Governmental Experts, an Open-Ended Working Group, the Ad Hoc Committee on cybercrime, a treaty conference. */
    public static final Node Process = term("Process");
    /** A disagreement between actors over rules for cyberspace, whose sides are the positions the actors took. */
    public static final Node Dispute = term("Dispute");
    /** A dated fact linking actors to instruments, organisations or questions, carried as an n-ary node so that it can have its own date and sources. */
    public static final Node Act = term("Act");
    /** A stance that an actor took, at a date, toward an instrument, a norm or a legal question, or a side it took in a dispute, with the evidence for it. */
    public static final Node Position = term("Position");
    /** An act by which an actor takes part in an instrument: signature, ratification, acceptance, approval, accession, entry into force for that actor, denunciation, joining a soft-law instrument, or a recorded refusal to sign. */
    public static final Node ParticipationAct = term("ParticipationAct");
    /** One actor's recorded vote on one resolution: yes, no, abstention, or non-voting. */
    public static final Node Vote = term("Vote");
    /** An actor's membership of an organisation or of a process round, with its role and its start and end. */
    public static final Node Membership = term("Membership");
    /** A document or web page that a fact in cydip was read from. */
    public static final Node SourceDocument = term("SourceDocument");

    // Object properties
    /** A source document that the fact or description was read from. */
    public static final Node source = term("source");
    /** The actor who holds or took the position. */
    public static final Node holder = term("holder");
    /** What the position is about: an instrument, a norm, a legal question or a process. */
    public static final Node target = term("target");
    /** The actor's stance, a concept of the stance scheme (supports, opposes, reservations, neutral; yes, no, unclear for legal questions). */
    public static final Node stance = term("stance");
    /** The dispute in which the position is one side. */
    public static final Node inDispute = term("inDispute");
    /** A position that makes up one side of the dispute. */
    public static final Node hasSide = term("hasSide");
    /** The actor who performed the participation act. */
    public static final Node actor = term("actor");
    /** The instrument the participation act concerns. */
    public static final Node instrument = term("instrument");
    /** The kind of participation act, a concept of the act-type scheme. */
    public static final Node actType = term("actType");
    /** The actor whose vote is recorded. */
    public static final Node voter = term("voter");
    /** The resolution voted on. */
    public static final Node resolution = term("resolution");
    /** How the actor voted, a concept of the vote-choice scheme (yes, no, abstain, non-voting). */
    public static final Node choice = term("choice");
    /** The treaty that the protocol supplements. */
    public static final Node protocolTo = term("protocolTo");
    /** The organ, organisation or process that adopted the instrument. */
    public static final Node adoptedBy = term("adoptedBy");
    /** An actor who sponsored or introduced the resolution or draft. */
    public static final Node sponsor = term("sponsor");
    /** The process whose report this is. */
    public static final Node reportOf = term("reportOf");
    /** The instrument that sets out the norm. */
    public static final Node setOutIn = term("setOutIn");
    /** The state's status at the United Nations, a concept of the UN-status scheme (member, observer, non-member). */
    public static final Node unStatus = term("unStatus");
    /** The state to whose government the office belongs. */
    public static final Node ofState = term("ofState");
    /** The kind of office, a concept of the office-kind scheme (office, ambassador, coordinator, bureau, ...). */
    public static final Node officeKind = term("officeKind");
    /** The kind of source a document is, a concept of the source-kind scheme (official, dataset, scholarly, news, other), as the curated table of publishers says of its host. */
    public static final Node sourceKind = term("sourceKind");
    /** An office that took over this office's functions. */
    public static final Node succeededBy = term("succeededBy");
    /** The process series of which this process is one round. */
    public static final Node partOfProcess = term("partOfProcess");
    /** The resolution that established the process. */
    public static final Node mandatedBy = term("mandatedBy");
    /** A report the process adopted. */
    public static final Node producedReport = term("producedReport");

    // Datatype properties
    /** The state's three-letter code in ISO 3166-1 alpha-3 (XKX for Kosovo, which has no ISO code). */
    public static final Node iso3 = term("iso3");
    /** The state's two-letter code in ISO 3166-1 alpha-2 (XK for Kosovo). */
    public static final Node iso2 = term("iso2");
    /** The state's three-digit numeric code in the UN Standard Country or Area Codes for Statistical Use (M49). */
    public static final Node m49 = term("m49");
    /** The state's formal name, as in UNTERM where available. */
    public static final Node officialName = term("officialName");
    /** The date the state was admitted to the United Nations, at the precision known (day or year). */
    public static final Node unAdmissionDate = term("unAdmissionDate");
    /** The UN M49 region of the state (e.g. Africa, Asia). */
    public static final Node region = term("region");
    /** The UN M49 sub-region of the state (e.g. Eastern Asia). */
    public static final Node subregion = term("subregion");
    /** The usual short form of the organisation's or grouping's name. */
    public static final Node acronym = term("acronym");
    /** When the organisation or grouping was founded, at the precision known. */
    public static final Node founded = term("founded");
    /** When the act took place, at the precision known: xsd:date for a day, xsd:gYearMonth for a month, xsd:gYear for a year. */
    public static final Node date = term("date");
    /** The first day that the node's cydip:date can mean: the day itself for an xsd:date, the first of the month for an xsd:gYearMonth, 1 January for an xsd:gYear. */
    public static final Node earliestDay = term("earliestDay");
    /** The last day that the node's cydip:date can mean: the day itself for an xsd:date, the last day of the month for an xsd:gYearMonth (2016-12 gives 2016-12-31, 2024-02 gives 2024-02-29), 31 December for an xsd:gYear. */
    public static final Node latestDay = term("latestDay");
    /** When the membership, office or process began, or the first year of the span over which a position (a side in a dispute) was stated, at the precision known. */
    public static final Node startDate = term("startDate");
    /** When the membership, office or process ended, or the last year of the span over which a position (a side in a dispute) was stated, at the precision known. */
    public static final Node endDate = term("endDate");
    /** A summary, in cydip's own words, of what the sources say that supports the position, act or entry. */
    public static final Node evidence = term("evidence");
    /** A remark on the fact: a caveat, a domestic step, a conflict between sources. */
    public static final Node note = term("note");
    /** How the side of a dispute is described, in the source's terms. */
    public static final Node sideLabel = term("sideLabel");
    /** The title of the document in which the actor set out the position. */
    public static final Node documentTitle = term("documentTitle");
    /** The official document symbol, such as A/RES/74/247 or A/70/174. */
    public static final Node symbol = term("symbol");
    /** The instrument's number in a treaty series, such as ETS 185 or CETS 224. */
    public static final Node treatySeries = term("treatySeries");
    /** When the instrument was adopted or opened for signature, at the precision known. */
    public static final Node adoptionDate = term("adoptionDate");
    /** The body that adopted the instrument, in the source's words. */
    public static final Node adoptingBody = term("adoptingBody");
    /** Where the instrument was adopted, as the source names the place. */
    public static final Node adoptionPlace = term("adoptionPlace");
    /** When the instrument was opened for signature, at the precision known. */
    public static final Node openedForSignature = term("openedForSignature");
    /** Where the instrument was opened for signature, as the source names the place. */
    public static final Node signaturePlace = term("signaturePlace");
    /** When the instrument as a whole entered into force, at the precision known. */
    public static final Node entryIntoForce = term("entryIntoForce");
    /** What the instrument requires for its entry into force, in the source's words. */
    public static final Node entryIntoForceCondition = term("entryIntoForceCondition");
    /** The office with which instruments of consent to be bound are deposited, in the source's words. */
    public static final Node depositary = term("depositary");
    /** A link to the instrument's authentic text, or to its publication in an official series. */
    public static final Node officialText = term("officialText");
    /** True where the resolution was adopted without a recorded vote. */
    public static final Node adoptedWithoutVote = term("adoptedWithoutVote");
    /** The number of yes votes in the official record of the vote. */
    public static final Node yesCount = term("yesCount");
    /** The number of no votes in the official record of the vote. */
    public static final Node noCount = term("noCount");
    /** The number of abstentions in the official record of the vote. */
    public static final Node abstainCount = term("abstainCount");
    /** The sponsor as the source gives it, with any caveat on its verification. */
    public static final Node sponsorNote = term("sponsorNote");
    /** How the process ended: a consensus report, no report, an adopted convention. */
    public static final Node outcome = term("outcome");
    /** The years of the round, as the UN names it (e.g. 2016-2017). */
    public static final Node roundLabel = term("roundLabel");
    /** What took over the office's functions, as the source describes it. */
    public static final Node successorNote = term("successorNote");
    /** Examples of people who held the office, as the sources name them; not a complete series. */
    public static final Node holderNote = term("holderNote");
    /** The web address the source was read at. */
    public static final Node url = term("url");
    /** The source as the source table cites it, with its annotations. */
    public static final Node citation = term("citation");
}
