/** The identifier system of stored HL7 v2 messages (`{sender}|{control id}`), on the resources a message wrote. */
export const HL7_MESSAGE_IDENTIFIER_SYSTEM = 'https://meridian.dev/fhir/sid/hl7-message' as const;
