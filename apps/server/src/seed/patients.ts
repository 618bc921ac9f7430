// The demo clinic's patients and the places they live: addresses, phone numbers, insurers.
import type { Gender } from "@healthcare/validators";
import type { Random } from "./random";

/** A home region: its time zone, how its addresses and phone numbers look, its insurers. */
export interface Region {
  timeZone: string;
  /** Doctors patients here usually see (by DoctorProfile.key), adults only. */
  localDoctors: string[];
  phone(random: Random): string;
  address(random: Random): string;
  insurers: string[];
  /** Whether insurance cards here carry a group number (US employer plans do). */
  groupNumbers: boolean;
}

const pickNumbered = (
  random: Random,
  streets: readonly (readonly [string, string])[],
  format: (n: number, street: string, city: string) => string,
) => {
  const [street, city] = random.pick(streets);
  return format(random.int(2, 240), street, city);
};

/** The regions the clinic's patients come from. */
export const REGIONS = {
  newYork: {
    timeZone: "America/New_York",
    localDoctors: ["mitchell", "cohen"],
    phone: (random) => `+1 ${random.pick(["212", "646", "718"])}-555-01${random.digits(2)}`,
    address: (random) =>
      pickNumbered(
        random,
        [
          ["West 86th Street", "New York, NY 10024"],
          ["Atlantic Avenue", "Brooklyn, NY 11217"],
          ["Court Street", "Brooklyn, NY 11231"],
          ["Amsterdam Avenue", "New York, NY 10025"],
          ["Bedford Avenue", "Brooklyn, NY 11211"],
          ["Steinway Street", "Astoria, NY 11103"],
        ],
        (n, street, city) => `${n} ${street}, ${city}, USA`,
      ),
    insurers: ["Aetna", "Blue Cross Blue Shield", "UnitedHealthcare", "Cigna"],
    groupNumbers: true,
  },
  losAngeles: {
    timeZone: "America/Los_Angeles",
    localDoctors: ["mitchell"],
    phone: (random) => `+1 ${random.pick(["310", "323", "626"])}-555-01${random.digits(2)}`,
    address: (random) =>
      pickNumbered(
        random,
        [
          ["Sunset Boulevard", "Los Angeles, CA 90026"],
          ["Ocean Park Boulevard", "Santa Monica, CA 90405"],
          ["East Colorado Boulevard", "Pasadena, CA 91101"],
          ["Abbot Kinney Boulevard", "Venice, CA 90291"],
        ],
        (n, street, city) => `${n * 10} ${street}, ${city}, USA`,
      ),
    insurers: ["Kaiser Permanente", "Blue Shield of California", "Aetna", "Cigna"],
    groupNumbers: true,
  },
  london: {
    timeZone: "Europe/London",
    localDoctors: ["okafor", "clarke"],
    phone: (random) => `+44 20 7946 0${random.digits(3)}`,
    address: (random) =>
      pickNumbered(
        random,
        [
          ["Camden Road", "London NW1 9LQ"],
          ["Upper Street", "London N1 2XF"],
          ["Lavender Hill", "London SW11 5QL"],
          ["Mare Street", "London E8 3RH"],
          ["Fulham Palace Road", "London W6 9PL"],
        ],
        (n, street, city) => `${n} ${street}, ${city}, United Kingdom`,
      ),
    insurers: ["Bupa", "AXA Health", "Vitality", "Aviva"],
    groupNumbers: false,
  },
  berlin: {
    timeZone: "Europe/Berlin",
    localDoctors: ["schneider"],
    phone: (random) => `+49 30 5557 ${random.digits(4)}`,
    address: (random) =>
      pickNumbered(
        random,
        [
          ["Kastanienallee", "10435 Berlin"],
          ["Bergmannstraße", "10961 Berlin"],
          ["Schönhauser Allee", "10437 Berlin"],
          ["Karl-Marx-Straße", "12043 Berlin"],
        ],
        (n, street, city) => `${street} ${Math.ceil(n / 3)}, ${city}, Germany`,
      ),
    insurers: ["Techniker Krankenkasse", "AOK Nordost", "Barmer", "DAK-Gesundheit"],
    groupNumbers: false,
  },
  zurich: {
    timeZone: "Europe/Zurich",
    localDoctors: ["weber"],
    phone: (random) => `+41 44 555 ${random.digits(2)} ${random.digits(2)}`,
    address: (random) =>
      pickNumbered(
        random,
        [
          ["Langstrasse", "8004 Zürich"],
          ["Seefeldstrasse", "8008 Zürich"],
          ["Universitätstrasse", "8006 Zürich"],
        ],
        (n, street, city) => `${street} ${Math.ceil(n / 4)}, ${city}, Switzerland`,
      ),
    insurers: ["CSS", "Helsana", "Swica", "Sanitas"],
    groupNumbers: false,
  },
  sydney: {
    timeZone: "Australia/Sydney",
    localDoctors: ["obrien"],
    phone: (random) => `+61 2 5550 ${random.digits(4)}`,
    address: (random) =>
      pickNumbered(
        random,
        [
          ["Crown Street", "Surry Hills NSW 2010"],
          ["Glebe Point Road", "Glebe NSW 2037"],
          ["Campbell Parade", "Bondi Beach NSW 2026"],
          ["King Street", "Newtown NSW 2042"],
        ],
        (n, street, city) => `${n} ${street}, ${city}, Australia`,
      ),
    insurers: ["Medibank", "Bupa Australia", "HCF", "nib"],
    groupNumbers: false,
  },
} satisfies Record<string, Region>;

export type RegionKey = keyof typeof REGIONS;

/** One patient of the demo clinic. */
export interface PatientProfile {
  email: string;
  firstName: string;
  lastName: string;
  gender: Gender;
  dateOfBirth: string;
  region: RegionKey;
}

type Row = [firstName: string, lastName: string, gender: Gender, dateOfBirth: string, region: RegionKey];

const ROWS: Row[] = [
  ["Emma", "Johnson", "female", "1988-03-14", "newYork"],
  ["Marcus", "Williams", "male", "1975-09-02", "newYork"],
  ["Sofia", "Rossi", "female", "1992-06-21", "newYork"],
  ["David", "Kim", "male", "1981-11-30", "newYork"],
  ["Aisha", "Mohammed", "female", "1969-04-08", "newYork"],
  ["Robert", "Chen", "male", "1956-01-17", "newYork"],
  ["Olivia", "Brooks", "female", "1999-08-25", "newYork"],
  ["Jamal", "Carter", "male", "1984-12-05", "newYork"],
  ["Linda", "Park", "female", "1962-07-19", "newYork"],
  ["Alex", "Morgan", "other", "1995-02-11", "newYork"],
  ["Carlos", "Hernandez", "male", "1978-10-09", "losAngeles"],
  ["Mia", "Hernandez", "female", "2016-05-03", "losAngeles"],
  ["Noah", "Garcia", "male", "2019-08-14", "losAngeles"],
  ["Isabella", "Nguyen", "female", "2013-01-27", "losAngeles"],
  ["Arjun", "Patel", "male", "2011-09-30", "losAngeles"],
  ["Chloe", "Martin", "female", "2009-11-22", "losAngeles"],
  ["Ethan", "Walker", "male", "2021-04-18", "losAngeles"],
  ["Grace", "Thompson", "female", "1990-03-12", "losAngeles"],
  ["Daniel", "Rivera", "male", "1986-07-07", "losAngeles"],
  ["Oliver", "Bennett", "male", "1972-05-16", "london"],
  ["Amelia", "Hughes", "female", "1985-10-01", "london"],
  ["Harry", "Patel", "male", "1964-03-29", "london"],
  ["Fatima", "Begum", "female", "1990-12-13", "london"],
  ["George", "Wright", "male", "1951-06-04", "london"],
  ["Priya", "Shah", "female", "1997-09-18", "london"],
  ["Sam", "Taylor", "undisclosed", "1983-04-22", "london"],
  ["Lukas", "Müller", "male", "1980-02-28", "berlin"],
  ["Mia", "Schmidt", "female", "1993-07-30", "berlin"],
  ["Jonas", "Fischer", "male", "1967-11-11", "berlin"],
  ["Leonie", "Wagner", "female", "1989-05-05", "berlin"],
  ["Mehmet", "Yılmaz", "male", "1976-08-19", "berlin"],
  ["Laura", "Meier", "female", "1984-01-09", "zurich"],
  ["Nico", "Keller", "male", "1991-10-26", "zurich"],
  ["Elena", "Brunner", "female", "1958-12-02", "zurich"],
  ["Luca", "Bianchi", "male", "1970-04-15", "zurich"],
  ["Jack", "Wilson", "male", "1987-06-28", "sydney"],
  ["Charlotte", "Evans", "female", "1994-02-06", "sydney"],
  ["William", "Tran", "male", "1960-09-13", "sydney"],
  ["Ava", "Thompson", "female", "2001-12-20", "sydney"],
  ["Ruby", "O'Connor", "female", "1979-03-03", "sydney"],
];

/** `Müller` -> `mueller`, `O'Connor` -> `oconnor`: the local part of a demo email. */
function emailPart(name: string): string {
  return name
    .toLowerCase()
    .replaceAll("ü", "ue")
    .replaceAll("ö", "oe")
    .replaceAll("ä", "ae")
    .replaceAll("ı", "i")
    .normalize("NFD")
    .replace(/[^a-z]/g, "");
}

/** The easy demo login; the first patient. */
export const DEMO_PATIENT_EMAIL = "patient@clinic.test";

/** The demo clinic's patients; the first one signs in as `patient@clinic.test`. */
export const PATIENTS: PatientProfile[] = ROWS.map(
  ([firstName, lastName, gender, dateOfBirth, region], index) => ({
    email: index === 0 ? DEMO_PATIENT_EMAIL : `${emailPart(firstName)}.${emailPart(lastName)}@example.com`,
    firstName,
    lastName,
    gender,
    dateOfBirth,
    region,
  }),
);

/** Age in whole years on a `YYYY-MM-DD` day. */
export function ageOn(dateOfBirth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return day.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

const FIRST_NAMES = {
  female: ["Maria", "Anna", "Sarah", "Julia", "Hannah", "Rachel", "Nadia", "Claire", "Ingrid", "Yuki"],
  male: ["John", "Peter", "Michael", "Tom", "Ahmed", "Stefan", "Paul", "Kevin", "Marco", "Hiroshi"],
};

const FAMILY_NAMES = ["Brown", "Lopez", "Fischer", "Singh", "Novak"];

/** Who an adult of this age would name; children name a parent. */
function relationshipsFor(age: number): string[] {
  if (age < 18) return ["Mother", "Father"];
  const family = ["Spouse", "Partner", "Sister", "Brother", "Friend"];
  if (age < 60) family.push("Mother", "Father");
  if (age >= 45) family.push("Daughter", "Son");
  return family;
}

/** An emergency contact (JSON text): a parent for a child, otherwise a partner, relative or friend. */
export function emergencyContact(random: Random, patient: PatientProfile, today: string): string {
  const relationship = random.pick(relationshipsFor(ageOn(patient.dateOfBirth, today)));
  const female = ["Mother", "Sister", "Daughter"].includes(relationship)
    ? true
    : ["Father", "Brother", "Son"].includes(relationship)
      ? false
      : random.chance(0.5);
  const firstName = random.pick(female ? FIRST_NAMES.female : FIRST_NAMES.male);
  const lastName =
    relationship === "Friend" || relationship === "Partner" ? random.pick(FAMILY_NAMES) : patient.lastName;
  return JSON.stringify({
    name: `${firstName} ${lastName}`,
    relationship,
    phone: REGIONS[patient.region].phone(random),
  });
}

/** The letters an insurer's policy numbers start with: "Blue Cross Blue Shield" -> BCB, "Aetna" -> AET. */
function policyPrefix(provider: string): string {
  const words = provider.split(/[\s-]+/);
  const letters = words.length >= 3 ? words.map((word) => word[0]).join("") : words[0]!;
  return letters.toUpperCase().slice(0, 3);
}

/** Insurance details (JSON text) from an insurer of the patient's region. */
export function insurance(random: Random, patient: PatientProfile): string {
  const region: Region = REGIONS[patient.region];
  const provider = random.pick(region.insurers);
  return JSON.stringify({
    provider,
    policyNumber: `${policyPrefix(provider)}${random.digits(9)}`,
    groupNumber: region.groupNumbers ? `GRP-${random.digits(5)}` : null,
  });
}
