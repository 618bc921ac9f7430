// The demo clinic's staff: one administrator, eight approved doctors and one doctor awaiting approval.
import type { Currency } from "@healthcare/validators";
import type { WeeklyBlock } from "./calendar";

/** The administrator who approved the doctors and assigns care teams. */
export const ADMIN = {
  email: "admin@clinic.test",
  firstName: "Jordan",
  lastName: "Avery",
  phone: "+1 212-555-0100",
  timeZone: "America/New_York",
} as const;

/** Every demo doctor asks for two hours' notice and takes bookings up to 90 days ahead. */
export const MIN_NOTICE_MINUTES = 120;
export const BOOKING_WINDOW_DAYS = 90;

/** Everything the seed knows about one doctor. */
export interface DoctorProfile {
  /** Stable name for derived ids; never change it once data exists. */
  key: string;
  email: string;
  firstName: string;
  lastName: string;
  specialization: string;
  licenseNumber: string;
  phone: string;
  yearsOfExperience: number;
  consultationFeeMinor: number;
  currency: Currency;
  timeZone: string;
  slotMinutes: number;
  bio: string;
  schedule: WeeklyBlock[];
  /** Days of next week (1 = Monday) the doctor is away, as [first, last], with the reason. */
  awayNextWeek?: { from: number; to: number; reason: string };
}

const MORNING = ["09:00", "12:00"] as const;
const AFTERNOON = ["13:00", "17:00"] as const;

/** Available blocks on the given weekdays, the same hours every day. */
function weekly(days: number[], ...blocks: (readonly [string, string])[]): WeeklyBlock[] {
  return days.flatMap((dayOfWeek) =>
    blocks.map(([startTime, endTime]) => ({ dayOfWeek, startTime, endTime, isAvailable: true })),
  );
}

const MON_TO_FRI = [1, 2, 3, 4, 5];

/** The approved doctors; the first one is the easy demo login `doctor@clinic.test`. */
export const DOCTORS: DoctorProfile[] = [
  {
    key: "mitchell",
    email: "doctor@clinic.test",
    firstName: "Sarah",
    lastName: "Mitchell",
    specialization: "General Practice",
    licenseNumber: "NY-MD-284731",
    phone: "+1 212-555-0142",
    yearsOfExperience: 14,
    consultationFeeMinor: 15_000,
    currency: "USD",
    timeZone: "America/New_York",
    slotMinutes: 30,
    bio: "Dr. Mitchell is a board-certified family physician who has practised primary care in Manhattan for fourteen years. She focuses on preventive medicine and the long-term management of high blood pressure and diabetes. She sees adults of all ages, in person and by video.",
    // Weekdays plus Saturday mornings.
    schedule: [...weekly(MON_TO_FRI, MORNING, AFTERNOON), ...weekly([6], MORNING)],
  },
  {
    key: "okafor",
    email: "dr.okafor@clinic.test",
    firstName: "James",
    lastName: "Okafor",
    specialization: "Cardiology",
    licenseNumber: "GMC 7041882",
    phone: "+44 20 7946 0318",
    yearsOfExperience: 19,
    consultationFeeMinor: 22_000,
    currency: "GBP",
    timeZone: "Europe/London",
    slotMinutes: 30,
    bio: "Dr. Okafor is a consultant cardiologist with a special interest in heart rhythm disorders and preventive cardiology. He trained at King's College Hospital and spent six years running a rapid-access chest pain clinic. Wednesdays he operates in the catheter lab, so clinics run the rest of the week.",
    // A day off midweek: no Wednesday clinic.
    schedule: weekly([1, 2, 4, 5], MORNING, AFTERNOON),
  },
  {
    key: "schneider",
    email: "dr.schneider@clinic.test",
    firstName: "Anna",
    lastName: "Schneider",
    specialization: "Dermatology",
    licenseNumber: "BE-2011-048213",
    phone: "+49 30 5557 2841",
    yearsOfExperience: 13,
    consultationFeeMinor: 9_500,
    currency: "EUR",
    timeZone: "Europe/Berlin",
    slotMinutes: 30,
    bio: "Dr. Schneider is a dermatologist and venereologist trained at the Charité in Berlin. Her practice covers skin cancer screening, eczema and psoriasis, and acne in teenagers and adults. She offers dermoscopy mole mapping and same-week biopsy appointments.",
    schedule: [
      ...weekly([1, 2, 3, 4], ["08:30", "12:30"], ["13:30", "16:30"]),
      ...weekly([5], ["08:30", "12:30"]),
      // Friday afternoons are switched off (kept for admin work), not deleted.
      { dayOfWeek: 5, startTime: "13:30", endTime: "16:30", isAvailable: false },
    ],
    awayNextWeek: { from: 3, to: 4, reason: "Dermatology congress (Munich)" },
  },
  {
    key: "gonzalez",
    email: "dr.gonzalez@clinic.test",
    firstName: "Maria",
    lastName: "Gonzalez",
    specialization: "Pediatrics",
    licenseNumber: "CA-A-118734",
    phone: "+1 310-555-0176",
    yearsOfExperience: 11,
    consultationFeeMinor: 13_000,
    currency: "USD",
    timeZone: "America/Los_Angeles",
    slotMinutes: 30,
    bio: "Dr. Gonzalez is a pediatrician caring for children from newborns to eighteen-year-olds. She has a particular interest in childhood asthma and allergies, and speaks English and Spanish. Parents appreciate her unhurried well-child visits.",
    schedule: weekly(MON_TO_FRI, ["08:00", "12:00"], ["13:00", "16:00"]),
  },
  {
    key: "cohen",
    email: "dr.cohen@clinic.test",
    firstName: "Daniel",
    lastName: "Cohen",
    specialization: "Neurology",
    licenseNumber: "NY-MD-301958",
    phone: "+1 646-555-0133",
    yearsOfExperience: 22,
    consultationFeeMinor: 26_000,
    currency: "USD",
    timeZone: "America/New_York",
    slotMinutes: 30,
    bio: "Dr. Cohen is a neurologist specialising in headache, epilepsy and memory disorders. He was an attending at Mount Sinai for over a decade before joining the clinic. He works closely with patients' primary care doctors on long-term treatment plans.",
    schedule: weekly([1, 2, 3, 4], ["10:00", "13:00"], ["14:00", "18:00"]),
  },
  {
    key: "clarke",
    email: "dr.clarke@clinic.test",
    firstName: "Emily",
    lastName: "Clarke",
    specialization: "Psychiatry",
    licenseNumber: "GMC 7319054",
    phone: "+44 20 7946 0572",
    yearsOfExperience: 9,
    consultationFeeMinor: 18_000,
    currency: "GBP",
    timeZone: "Europe/London",
    slotMinutes: 45,
    bio: "Dr. Clarke is a consultant psychiatrist working with adults with anxiety, depression and adult ADHD. She combines medication reviews with brief evidence-based therapy. Sessions last 45 minutes and can be held by video.",
    schedule: weekly(MON_TO_FRI, MORNING, AFTERNOON),
  },
  {
    key: "obrien",
    email: "dr.obrien@clinic.test",
    firstName: "Liam",
    lastName: "O'Brien",
    specialization: "Orthopedics",
    licenseNumber: "MED0001823456",
    phone: "+61 2 5550 1847",
    yearsOfExperience: 16,
    consultationFeeMinor: 21_000,
    currency: "AUD",
    timeZone: "Australia/Sydney",
    slotMinutes: 30,
    bio: "Dr. O'Brien is an orthopaedic surgeon focusing on knee and shoulder injuries in active adults. He has looked after several Sydney sports clubs and leads the clinic's post-operative rehabilitation programme. Tuesday and Thursday mornings he is in theatre.",
    schedule: [...weekly([1, 3, 5], ["08:00", "12:00"], AFTERNOON), ...weekly([2, 4], AFTERNOON)],
  },
  {
    key: "weber",
    email: "dr.weber@clinic.test",
    firstName: "Hannah",
    lastName: "Weber",
    specialization: "Ophthalmology",
    licenseNumber: "GLN 7601000274910",
    phone: "+41 44 555 18 62",
    yearsOfExperience: 12,
    consultationFeeMinor: 16_000,
    currency: "CHF",
    timeZone: "Europe/Zurich",
    slotMinutes: 30,
    bio: "Dr. Weber is an ophthalmologist with a focus on glaucoma and diabetic eye disease. She completed her fellowship at the University Hospital Zurich. Her clinic offers same-day appointments for eye injuries.",
    schedule: weekly(MON_TO_FRI, ["08:00", "12:00"], ["13:30", "17:30"]),
  },
];

/** A doctor who registered and waits for an administrator's approval. */
export const PENDING_DOCTOR: DoctorProfile = {
  key: "moreau",
  email: "dr.moreau@clinic.test",
  firstName: "Lucas",
  lastName: "Moreau",
  specialization: "Endocrinology",
  licenseNumber: "RPPS 10101234567",
  phone: "+33 1 55 50 12 34",
  yearsOfExperience: 6,
  consultationFeeMinor: 12_000,
  currency: "EUR",
  timeZone: "Europe/Paris",
  slotMinutes: 30,
  bio: "Dr. Moreau is an endocrinologist treating diabetes, thyroid disease and metabolic disorders. He trained at Hôpital Pitié-Salpêtrière in Paris. He would like to offer video consultations to the clinic's patients across Europe.",
  schedule: [],
};
