package id.perpustakaan.jembatan.app.oai;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A protocol request checked against OAI-PMH 2.0's rules (section 3.1 and each verb's arguments): one verb, each
 * argument at most once, only the arguments its verb knows, the required ones present, a resumption token alone,
 * dates of one granularity in order, and specs of the shape the schema allows. What breaks a rule is a badVerb or
 * badArgument error that says which rule.
 */
record OaiRequest(Verb verb, Map<String, String> arguments) {

    enum Verb {
        Identify(Set.of(), Set.of()),
        ListMetadataFormats(Set.of(), Set.of(IDENTIFIER)),
        ListSets(Set.of(), Set.of(RESUMPTION_TOKEN)),
        GetRecord(Set.of(IDENTIFIER, METADATA_PREFIX), Set.of()),
        ListIdentifiers(Set.of(METADATA_PREFIX), Set.of(FROM, UNTIL, SET, RESUMPTION_TOKEN)),
        ListRecords(Set.of(METADATA_PREFIX), Set.of(FROM, UNTIL, SET, RESUMPTION_TOKEN));

        private final Set<String> required;
        private final Set<String> optional;

        Verb(Set<String> required, Set<String> optional) {
            this.required = required;
            this.optional = optional;
        }

        boolean knows(String argument) {
            return required.contains(argument) || optional.contains(argument);
        }
    }

    static final String VERB = "verb";
    static final String IDENTIFIER = "identifier";
    static final String METADATA_PREFIX = "metadataPrefix";
    static final String FROM = "from";
    static final String UNTIL = "until";
    static final String SET = "set";
    static final String RESUMPTION_TOKEN = "resumptionToken";

    /** The schema's setSpecType and metadataPrefixType. */
    private static final Pattern SPEC = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+(:[A-Za-z0-9\\-_.!~*'()]+)*");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");

    static OaiRequest parse(Map<String, String[]> parameters) throws OaiError {
        String[] verbs = parameters.get(VERB);
        if (verbs == null || verbs.length == 0) {
            throw new OaiError(OaiError.Code.badVerb, "no verb: add verb=Identify, ListMetadataFormats, ListSets,"
                    + " GetRecord, ListIdentifiers or ListRecords");
        }
        if (verbs.length > 1) {
            throw new OaiError(OaiError.Code.badVerb, "the verb is given " + verbs.length + " times: give it once");
        }
        Verb verb;
        try {
            verb = Verb.valueOf(verbs[0]);
        } catch (IllegalArgumentException e) {
            throw new OaiError(OaiError.Code.badVerb, "'" + verbs[0] + "' is not an OAI-PMH verb: use Identify,"
                    + " ListMetadataFormats, ListSets, GetRecord, ListIdentifiers or ListRecords");
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name.equals(VERB)) {
                continue;
            }
            if (!verb.knows(name)) {
                throw new OaiError(OaiError.Code.badArgument, verb + " takes no argument '" + name + "'");
            }
            if (parameter.getValue().length != 1) {
                throw new OaiError(OaiError.Code.badArgument, "'" + name + "' is given "
                        + parameter.getValue().length + " times: give it once");
            }
            if (parameter.getValue()[0].isEmpty()) {
                throw new OaiError(OaiError.Code.badArgument, "'" + name + "' is empty");
            }
            arguments.put(name, parameter.getValue()[0]);
        }
        OaiRequest request = new OaiRequest(verb, Map.copyOf(arguments));
        request.check();
        return request;
    }

    private void check() throws OaiError {
        if (arguments.containsKey(RESUMPTION_TOKEN)) {
            if (arguments.size() > 1) {
                throw new OaiError(OaiError.Code.badArgument, "a resumptionToken comes alone: the other arguments"
                        + " are in it");
            }
            return;
        }
        for (String required : verb.required) {
            if (!arguments.containsKey(required)) {
                throw new OaiError(OaiError.Code.badArgument, verb + " needs '" + required + "'"
                        + (required.equals(METADATA_PREFIX) ? ", e.g. metadataPrefix=oai_dc" : ""));
            }
        }
        Optional<String> set = argument(SET);
        if (set.isPresent() && !SPEC.matcher(set.get()).matches()) {
            throw new OaiError(OaiError.Code.badArgument, "'" + set.get() + "' is not a set spec: see ListSets");
        }
        Optional<String> prefix = argument(METADATA_PREFIX);
        if (prefix.isPresent() && !PREFIX.matcher(prefix.get()).matches()) {
            throw new OaiError(OaiError.Code.badArgument, "'" + prefix.get() + "' is not a metadata prefix: see"
                    + " ListMetadataFormats");
        }
        OaiDates.Bound from = from();
        OaiDates.Bound until = until();
        if (from != null && until != null) {
            if (from.day() != until.day()) {
                throw new OaiError(OaiError.Code.badArgument, "from and until have different granularities:"
                        + " write both as days or both to the second");
            }
            if (from.instant().isAfter(until.instant())) {
                throw new OaiError(OaiError.Code.badArgument, "from is after until");
            }
        }
    }

    Optional<String> argument(String name) {
        return Optional.ofNullable(arguments.get(name));
    }

    OaiDates.Bound from() throws OaiError {
        String text = arguments.get(FROM);
        return text == null ? null : OaiDates.from(text);
    }

    OaiDates.Bound until() throws OaiError {
        String text = arguments.get(UNTIL);
        return text == null ? null : OaiDates.until(text);
    }
}
