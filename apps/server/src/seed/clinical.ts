// Clinical content of the demo clinic: why patients book, what doctors write down afterwards,
// what they comment, and what patients record about themselves.
import type { RecordType } from "@healthcare/validators";

/** One kind of visit: the reason a patient gives when booking and the record the doctor writes. */
export interface VisitKind {
  reason: string;
  type: RecordType;
  title: string;
  description: string;
  symptoms?: string;
  diagnosis?: string;
  treatment?: string;
  medications?: string;
  notes?: string;
  /** Only for patients at least this old (a sports physical is not for toddlers). */
  minAge?: number;
}

/** Visit kinds per doctor (DoctorProfile.key). */
export const VISIT_KINDS: Record<string, VisitKind[]> = {
  mitchell: [
    {
      reason: "Annual checkup",
      type: "checkup",
      title: "Annual physical examination",
      description: "Routine yearly examination with review of vaccinations and screening.",
      symptoms: "None reported",
      diagnosis: "Healthy adult. BMI 24.1, BP 118/76, heart and lungs normal.",
      treatment: "Routine bloods ordered (lipid panel, HbA1c, CBC). Influenza vaccine given.",
      notes: "Return in 12 months or sooner if concerns.",
    },
    {
      reason: "Follow-up on blood pressure",
      type: "diagnosis",
      title: "Hypertension follow-up",
      description: "Review of home blood pressure readings after starting treatment.",
      symptoms: "Occasional morning headaches, no chest pain or shortness of breath",
      diagnosis: "Essential hypertension, improving. Clinic BP 136/86.",
      treatment: "Continue reduced-salt diet and daily walks. Keep a home BP log twice daily.",
      medications: "Lisinopril 10 mg once daily",
      notes: "Recheck in 6 weeks with home readings.",
    },
    {
      reason: "Persistent cough",
      type: "diagnosis",
      title: "Acute bronchitis",
      description: "Cough for ten days after a cold.",
      symptoms: "Productive cough for 10 days, mild fatigue, no fever",
      diagnosis: "Acute bronchitis, most likely viral. Chest clear on auscultation, SpO2 98%.",
      treatment: "Fluids, rest, honey and lemon. Return if fever, blood in sputum or breathlessness.",
      medications: "Dextromethorphan 15 mg at night as needed",
    },
    {
      reason: "Review of blood test results",
      type: "lab_result",
      title: "Lipid panel and HbA1c",
      description: "LDL 148 mg/dL, HDL 52 mg/dL, triglycerides 160 mg/dL, HbA1c 5.9%.",
      diagnosis: "Mixed hyperlipidaemia; prediabetes",
      treatment: "Dietary counselling given. Repeat fasting bloods in 3 months.",
      medications: "Atorvastatin 20 mg nightly",
    },
    {
      reason: "Sore throat and fever",
      type: "diagnosis",
      title: "Streptococcal pharyngitis",
      description: "Two days of sore throat and fever.",
      symptoms: "Sore throat, fever 38.6 °C, swollen tonsils with exudate, no cough",
      diagnosis: "Strep throat, rapid antigen test positive",
      treatment: "10-day antibiotic course, paracetamol for fever, salt-water gargles.",
      medications: "Amoxicillin 500 mg twice daily for 10 days",
    },
    {
      reason: "Prescription renewal",
      minAge: 30,
      type: "prescription",
      title: "Repeat prescription: metformin",
      description: "Three-month renewal of diabetes medication.",
      diagnosis: "Type 2 diabetes mellitus, stable on current treatment",
      treatment: "Prescription renewed for 3 months.",
      medications: "Metformin 500 mg twice daily with meals",
      notes: "HbA1c due at the next visit.",
    },
    {
      reason: "Hives after eating shellfish",
      type: "emergency",
      title: "Acute allergic reaction",
      description: "Same-day visit for widespread hives one hour after a shellfish meal.",
      symptoms: "Itchy hives on trunk and arms, lip swelling, no breathing difficulty",
      diagnosis: "Acute urticaria with angioedema of the lips, probable shellfish allergy",
      treatment:
        "Observed for 2 hours, symptoms settled. Allergy referral and adrenaline auto-injector training.",
      medications: "Cetirizine 10 mg daily for 5 days; epinephrine auto-injector 0.3 mg",
    },
  ],
  okafor: [
    {
      reason: "Chest tightness on exertion",
      minAge: 35,
      type: "diagnosis",
      title: "Suspected stable angina",
      description: "Chest tightness on exertion for three weeks.",
      symptoms: "Chest tightness climbing stairs, relieved by rest within 5 minutes",
      diagnosis: "Suspected stable angina. Resting ECG shows no acute changes.",
      treatment:
        "CT coronary angiogram requested. Advised to stop if pain occurs and call 999 if pain lasts over 15 minutes.",
      medications: "GTN spray 400 micrograms as needed; aspirin 75 mg once daily",
    },
    {
      reason: "Palpitations",
      type: "diagnosis",
      title: "Paroxysmal atrial fibrillation",
      description: "Intermittent palpitations investigated with a 48-hour Holter monitor.",
      symptoms: "Racing, irregular heartbeat 2-3 times a week, lasting up to an hour",
      diagnosis: "Paroxysmal atrial fibrillation on Holter. CHA2DS2-VASc score 2.",
      treatment: "Anticoagulation started, rate control, echocardiogram booked.",
      medications: "Apixaban 5 mg twice daily; bisoprolol 2.5 mg once daily",
    },
    {
      reason: "Follow-up on blood pressure",
      type: "checkup",
      title: "Hypertension review",
      description: "Review of ambulatory blood pressure monitoring.",
      diagnosis: "Hypertension, daytime average 142/88 on ambulatory monitoring",
      treatment: "Calcium channel blocker added. Lifestyle advice reinforced.",
      medications: "Amlodipine 5 mg once daily",
      notes: "Repeat ambulatory monitoring in 3 months.",
    },
    {
      reason: "Echocardiogram results",
      type: "lab_result",
      title: "Transthoracic echocardiogram",
      description: "LVEF 58%, mild mitral regurgitation, other valves normal, no wall-motion abnormality.",
      diagnosis: "Mild mitral regurgitation, no intervention needed",
      treatment: "Repeat echocardiogram in 2 years.",
    },
    {
      reason: "Cholesterol management",
      minAge: 30,
      type: "prescription",
      title: "Statin therapy",
      description: "Started lipid-lowering treatment for raised cardiovascular risk.",
      diagnosis: "Hypercholesterolaemia, total cholesterol 6.8 mmol/L, QRISK3 14%",
      treatment: "Statin started; liver function test in 3 months.",
      medications: "Atorvastatin 20 mg nightly",
    },
    {
      reason: "Post-procedure review",
      minAge: 40,
      type: "checkup",
      title: "Review after coronary stent",
      description: "Six-week review after a drug-eluting stent to the LAD.",
      symptoms: "No chest pain since the procedure, walking 30 minutes a day",
      diagnosis: "Coronary artery disease, stable after PCI",
      treatment: "Continue dual antiplatelet therapy for 12 months. Cardiac rehabilitation referral sent.",
      medications: "Clopidogrel 75 mg daily; aspirin 75 mg daily; atorvastatin 80 mg nightly",
    },
  ],
  schneider: [
    {
      reason: "Mole check",
      type: "checkup",
      title: "Skin cancer screening",
      description: "Full-body skin examination with dermoscopy.",
      diagnosis: "Multiple benign melanocytic naevi. One irregular naevus on the upper back photographed.",
      treatment: "Dermoscopy follow-up of the back lesion in 3 months. Sun protection advice.",
    },
    {
      reason: "Eczema flare-up",
      type: "diagnosis",
      title: "Atopic dermatitis flare",
      description: "Worsening itchy rash in the elbow and knee folds.",
      symptoms: "Itchy, dry, cracked skin in elbow and knee creases, poor sleep",
      diagnosis: "Atopic dermatitis, moderate flare",
      treatment: "Short course of topical steroid, then emollients twice daily.",
      medications: "Mometasone furoate 0.1% cream once daily for 2 weeks; emollient twice daily",
    },
    {
      reason: "Acne treatment",
      minAge: 12,
      type: "prescription",
      title: "Acne vulgaris treatment",
      description: "Inflammatory acne on face and upper back.",
      diagnosis: "Moderate inflammatory acne vulgaris",
      treatment: "Combined topical treatment plus a 12-week oral antibiotic course.",
      medications:
        "Adapalene 0.1% / benzoyl peroxide 2.5% gel at night; doxycycline 100 mg daily for 12 weeks",
      notes: "Review in 12 weeks. Avoid strong sun exposure while on doxycycline.",
    },
    {
      reason: "Itchy rash on wrists",
      type: "diagnosis",
      title: "Allergic contact dermatitis",
      description: "Itchy rash under a watch strap and belt buckle.",
      symptoms: "Itchy red patches on wrist and lower abdomen for 3 weeks",
      diagnosis: "Allergic contact dermatitis, nickel suspected",
      treatment: "Patch test booked. Avoid nickel-containing jewellery.",
      medications: "Hydrocortisone 1% cream twice daily for 7 days",
    },
    {
      reason: "Biopsy results",
      type: "lab_result",
      title: "Skin biopsy histology",
      description: "Excision biopsy of a lesion on the left cheek.",
      diagnosis: "Basal cell carcinoma, nodular type, margins clear",
      treatment: "No further surgery needed. Annual skin checks.",
    },
    {
      reason: "Psoriasis follow-up",
      type: "checkup",
      title: "Psoriasis review",
      description: "Plaque psoriasis on elbows and scalp.",
      diagnosis: "Chronic plaque psoriasis, PASI 6, improving",
      treatment: "Continue topical treatment; consider phototherapy if no further improvement.",
      medications: "Calcipotriol / betamethasone gel once daily",
    },
  ],
  gonzalez: [
    {
      reason: "Well-child visit",
      type: "checkup",
      title: "Well-child check",
      description: "Routine growth and development check.",
      diagnosis: "Healthy child. Height and weight on the 60th percentile, development age-appropriate.",
      treatment: "Vaccinations up to date. Advice on screen time and sleep.",
    },
    {
      reason: "Ear pain and fever",
      type: "diagnosis",
      title: "Acute otitis media",
      description: "Ear pain since last night with fever.",
      symptoms: "Right ear pain, fever 38.9 °C, irritability",
      diagnosis: "Acute otitis media, right ear; bulging red tympanic membrane",
      treatment: "Antibiotics and pain relief. Return if not better in 48-72 hours.",
      medications: "Amoxicillin 45 mg/kg/day in two doses for 7 days; ibuprofen as needed",
    },
    {
      reason: "Vaccination",
      minAge: 11,
      type: "checkup",
      title: "Vaccination visit",
      description: "Scheduled immunisations.",
      treatment: "Tdap and HPV (dose 1) given in the left arm. Observed 15 minutes, no reaction.",
      notes: "Next HPV dose in 6-12 months.",
    },
    {
      reason: "Asthma follow-up",
      type: "checkup",
      title: "Asthma review",
      description: "Review of asthma control and inhaler technique.",
      symptoms: "Night cough twice a week, wheeze with sport",
      diagnosis: "Mild persistent asthma, partly controlled",
      treatment: "Daily preventer started, spacer technique checked, written asthma action plan given.",
      medications: "Fluticasone 50 mcg inhaler 2 puffs twice daily; albuterol 2 puffs as needed",
    },
    {
      reason: "Stomach ache and vomiting",
      type: "diagnosis",
      title: "Viral gastroenteritis",
      description: "Vomiting and loose stools since yesterday.",
      symptoms: "Vomiting 4 times, loose stools, mild abdominal cramps, drinking small amounts",
      diagnosis: "Viral gastroenteritis, mild dehydration",
      treatment: "Oral rehydration solution in small frequent sips. Return if no urine for 8 hours.",
    },
    {
      reason: "Sports physical",
      minAge: 8,
      type: "checkup",
      title: "Pre-participation sports physical",
      description: "Examination before joining the school soccer team.",
      diagnosis: "No contraindication to sport; normal cardiac examination",
      treatment: "Cleared for competitive sport.",
    },
  ],
  cohen: [
    {
      reason: "Recurring headaches",
      type: "diagnosis",
      title: "Migraine without aura",
      description: "Throbbing headaches 4-6 days a month.",
      symptoms: "One-sided throbbing headache with nausea and light sensitivity, 4-6 days a month",
      diagnosis: "Migraine without aura; normal neurological examination",
      treatment: "Headache diary, regular sleep and meals, acute treatment at onset.",
      medications: "Sumatriptan 50 mg at onset, may repeat once after 2 hours; magnesium 400 mg daily",
    },
    {
      reason: "Numbness in hands",
      type: "diagnosis",
      title: "Carpal tunnel syndrome",
      description: "Night-time tingling in the thumb and first fingers of both hands.",
      symptoms: "Tingling and numbness in thumb, index and middle fingers, worse at night",
      diagnosis: "Bilateral carpal tunnel syndrome, right worse than left",
      treatment: "Night wrist splints. Nerve conduction study requested.",
    },
    {
      reason: "MRI results review",
      type: "lab_result",
      title: "Brain MRI",
      description: "MRI brain with and without contrast.",
      diagnosis: "No acute findings. A few nonspecific white-matter hyperintensities, in keeping with age.",
      treatment: "No further imaging needed. Manage vascular risk factors with primary care.",
    },
    {
      reason: "Seizure medication review",
      type: "prescription",
      title: "Epilepsy medication review",
      description: "Seizure-free for 14 months on current treatment.",
      diagnosis: "Focal epilepsy, well controlled",
      treatment: "Continue current dose. Driving regulations discussed.",
      medications: "Levetiracetam 750 mg twice daily",
    },
    {
      reason: "Dizziness",
      type: "diagnosis",
      title: "Benign paroxysmal positional vertigo",
      description: "Brief spinning episodes when turning over in bed.",
      symptoms: "Spinning vertigo for under a minute on lying down or rolling to the right",
      diagnosis: "Right posterior canal BPPV (positive Dix-Hallpike)",
      treatment: "Epley manoeuvre performed in clinic. Home exercises taught.",
    },
    {
      reason: "Memory concerns",
      minAge: 50,
      type: "checkup",
      title: "Cognitive assessment",
      description: "Family noticed forgetfulness over the past year.",
      symptoms: "Misplacing items, repeating questions occasionally",
      diagnosis: "MoCA 27/30. Subjective cognitive decline without objective impairment.",
      treatment: "B12, folate and thyroid tests. Review in 12 months.",
    },
  ],
  clarke: [
    {
      reason: "Initial assessment",
      type: "diagnosis",
      title: "Generalised anxiety disorder",
      description: "Initial psychiatric assessment for persistent worry.",
      symptoms: "Constant worry, muscle tension, poor concentration and sleep for over 6 months",
      diagnosis: "Generalised anxiety disorder (GAD-7 score 14)",
      treatment: "SSRI started. Referral for cognitive behavioural therapy.",
      medications: "Sertraline 50 mg once daily",
    },
    {
      reason: "Medication review",
      type: "prescription",
      title: "Antidepressant dose review",
      description: "Review after 8 weeks of treatment.",
      diagnosis: "Depression, partial response",
      treatment: "Dose increased. Side effects discussed; review in 4 weeks.",
      medications: "Sertraline increased to 100 mg once daily",
    },
    {
      reason: "Low mood and poor sleep",
      type: "diagnosis",
      title: "Moderate depressive episode",
      description: "Low mood for two months after a bereavement.",
      symptoms: "Low mood, early waking, loss of interest, reduced appetite",
      diagnosis: "Moderate depressive episode (PHQ-9 score 15). No suicidal ideation.",
      treatment: "Talking therapy referral, sleep hygiene, crisis line details given.",
      medications: "Mirtazapine 15 mg at night",
    },
    {
      reason: "ADHD follow-up",
      type: "prescription",
      title: "ADHD medication review",
      description: "Titration review of stimulant medication.",
      diagnosis: "Adult ADHD, combined presentation, good response",
      treatment: "Continue current dose. Blood pressure and weight checked: stable.",
      medications: "Lisdexamfetamine 40 mg each morning",
    },
    {
      reason: "Therapy check-in",
      type: "checkup",
      title: "Follow-up session",
      description: "Regular review of progress.",
      diagnosis: "Generalised anxiety disorder, improving (GAD-7 down from 14 to 8)",
      treatment: "Continue CBT exercises and current medication.",
    },
    {
      reason: "Sleep problems",
      type: "diagnosis",
      title: "Insomnia disorder",
      description: "Difficulty falling asleep for four months.",
      symptoms: "Takes over an hour to fall asleep most nights, daytime fatigue",
      diagnosis: "Chronic insomnia disorder",
      treatment: "CBT for insomnia: sleep window, stimulus control. Sleep diary for 2 weeks.",
    },
  ],
  obrien: [
    {
      reason: "Knee pain after running",
      type: "diagnosis",
      title: "Patellofemoral pain syndrome",
      description: "Anterior knee pain after increasing running distance.",
      symptoms: "Pain around the kneecap running downhill and on stairs",
      diagnosis: "Patellofemoral pain syndrome, left knee; ligaments stable",
      treatment: "Reduce running load, physiotherapy for hip and quadriceps strengthening.",
    },
    {
      reason: "Lower back pain",
      type: "diagnosis",
      title: "Mechanical lower back pain",
      description: "Back pain after lifting furniture.",
      symptoms: "Lower back pain without leg pain, numbness or bladder symptoms",
      diagnosis: "Acute mechanical lower back pain, no red flags",
      treatment: "Stay active, heat, physiotherapy. Imaging not needed.",
      medications: "Ibuprofen 400 mg three times daily with food for 5 days",
    },
    {
      reason: "Post-surgery follow-up",
      type: "checkup",
      title: "Review after ACL reconstruction",
      description: "Six-week review after right ACL reconstruction.",
      diagnosis: "Healing well, range of motion 0-110 degrees, wound healed",
      treatment: "Progress rehabilitation; no pivoting sports for 9 months.",
    },
    {
      reason: "X-ray results",
      type: "lab_result",
      title: "Wrist X-ray",
      description: "Follow-up X-ray of the left wrist.",
      diagnosis: "Healed distal radius fracture in good alignment",
      treatment: "Cast removed. Hand therapy for stiffness.",
    },
    {
      reason: "Shoulder pain",
      type: "diagnosis",
      title: "Rotator cuff tendinopathy",
      description: "Shoulder pain when reaching overhead.",
      symptoms: "Right shoulder pain lifting the arm overhead and at night",
      diagnosis: "Rotator cuff tendinopathy, no full-thickness tear on ultrasound",
      treatment: "Subacromial corticosteroid injection and a 6-week exercise programme.",
      medications: "Methylprednisolone 40 mg with lidocaine, single subacromial injection",
    },
    {
      reason: "Ankle injury playing football",
      type: "emergency",
      title: "Acute ankle sprain",
      description: "Rolled ankle during a match this morning.",
      symptoms: "Swelling and bruising of the outer ankle, able to bear weight with pain",
      diagnosis: "Grade II lateral ankle sprain; Ottawa ankle rules negative",
      treatment: "Rest, ice, compression, elevation. Brace and physiotherapy.",
      medications: "Paracetamol 1 g four times daily as needed",
    },
  ],
  weber: [
    {
      reason: "Blurry vision",
      type: "diagnosis",
      title: "Progressive myopia",
      description: "Distance vision worse over the past year.",
      symptoms: "Blurred distance vision, eye strain after screen work",
      diagnosis: "Myopia, right -2.75 D, left -2.50 D; healthy fundi",
      treatment: "New glasses prescription. 20-20-20 rule for screen work.",
    },
    {
      reason: "Eye pressure check",
      minAge: 40,
      type: "checkup",
      title: "Glaucoma monitoring",
      description: "Six-monthly pressure check and visual field test.",
      diagnosis: "Primary open-angle glaucoma, stable. IOP 17/18 mmHg on treatment.",
      treatment: "Continue drops. Visual field and OCT in 6 months.",
      medications: "Latanoprost 0.005% one drop nightly in both eyes",
    },
    {
      reason: "Red, itchy eyes",
      type: "diagnosis",
      title: "Allergic conjunctivitis",
      description: "Itchy, watery eyes since the spring.",
      symptoms: "Itchy, red, watery eyes in both eyes, worse outdoors",
      diagnosis: "Seasonal allergic conjunctivitis",
      treatment: "Antihistamine drops, cold compresses, avoid rubbing.",
      medications: "Olopatadine 0.1% eye drops twice daily",
    },
    {
      reason: "Diabetic eye screening",
      type: "lab_result",
      title: "Retinal photography",
      description: "Annual diabetic retinopathy screening.",
      diagnosis: "No diabetic retinopathy in either eye",
      treatment: "Rescreen in 12 months.",
    },
    {
      reason: "Cataract consultation",
      minAge: 55,
      type: "diagnosis",
      title: "Age-related cataract",
      description: "Glare when driving at night.",
      symptoms: "Glare and halos around lights at night, fading colours",
      diagnosis: "Bilateral nuclear cataract, right worse than left",
      treatment: "Right cataract surgery discussed and listed.",
    },
    {
      reason: "Something in my eye",
      type: "emergency",
      title: "Corneal foreign body",
      description: "Metal fragment in the eye while grinding without goggles.",
      symptoms: "Pain, watering and light sensitivity in the left eye",
      diagnosis: "Corneal foreign body with small rust ring, left eye",
      treatment: "Foreign body removed at the slit lamp. Eye protection advice.",
      medications: "Chloramphenicol 0.5% drops four times daily for 5 days",
    },
  ],
};

/** Why a patient cancelled. */
export const PATIENT_CANCELLATION_REASONS = [
  "Feeling better, no longer needed",
  "Work commitment came up",
  "Travelling that week",
  "Childcare fell through",
  "Booked the wrong day by mistake",
  "Waiting for insurance approval first",
];

/** Why a doctor cancelled. */
export const DOCTOR_CANCELLATION_REASONS = [
  "Doctor called in for an emergency procedure",
  "Clinic closed for staff training",
  "Doctor unwell",
  "Moved to an earlier slot after a cancellation",
];

/** Notes patients add when booking. */
export const APPOINTMENT_NOTES = [
  "Prefers a video consultation",
  "Will bring previous test results",
  "First visit: please arrive 10 minutes early",
  "Requested a morning slot",
  "Has mobility issues; ground-floor room please",
  "Needs an interpreter (Spanish)",
  "Bringing a list of current medications",
];

/** Comments a doctor shares with the patient. */
export const SHARED_COMMENTS = [
  "Results reviewed: everything is within the expected range. No changes needed.",
  "Please book a follow-up in about six weeks so we can check your progress.",
  "Prescription sent to your pharmacy; it should be ready tomorrow.",
  "I've sent the referral; the hospital will contact you directly with a date.",
  "If symptoms get worse before the follow-up, book an earlier appointment or call the clinic.",
  "Good progress since last time. Keep going with the plan we agreed.",
];

/** Comments for clinicians only. */
export const PRIVATE_COMMENTS = [
  "Consider switching agents if there is no response by the next review.",
  "Discussed with a colleague; agree with the current plan.",
  "Patient seemed anxious about the results; allow extra time next visit.",
  "Adherence uncertain; check pharmacy refill history.",
  "Flag for case review at the next team meeting.",
  "Relevant family history: parent had early-onset disease.",
];

/** A record a patient keeps about their own health. */
export interface SelfReport {
  type: RecordType;
  title: string;
  description: string;
  symptoms?: string;
  medications?: string;
  notes?: string;
}

/** Self-reported records patients add in the portal. */
export const SELF_REPORTS: SelfReport[] = [
  {
    type: "checkup",
    title: "Home blood pressure log",
    description: "Morning readings this week averaged 132/84, evenings 128/80.",
  },
  {
    type: "prescription",
    title: "Current medications",
    description: "Medicines I take regularly.",
    medications: "Vitamin D 1000 IU daily; cetirizine 10 mg as needed",
  },
  {
    type: "diagnosis",
    title: "Allergy: penicillin",
    description: "Developed hives after amoxicillin as a child.",
    notes: "Please check before prescribing antibiotics.",
  },
  {
    type: "lab_result",
    title: "Cholesterol test at the pharmacy",
    description: "Finger-prick test: total cholesterol 5.4 mmol/L.",
  },
  {
    type: "checkup",
    title: "Flu vaccination",
    description: "Seasonal flu vaccine at my local pharmacy, no side effects.",
  },
  {
    type: "emergency",
    title: "Urgent care visit: sprained wrist",
    description: "Fell off my bike; urgent care X-ray showed no fracture.",
    symptoms: "Swollen, painful left wrist",
  },
  {
    type: "checkup",
    title: "COVID-19 booster",
    description: "Updated COVID-19 vaccine, sore arm for a day.",
  },
  {
    type: "lab_result",
    title: "Fasting glucose readings",
    description: "Home glucose meter, fasting: 5.8, 6.1, 5.9 mmol/L over three mornings.",
  },
  {
    type: "diagnosis",
    title: "Seasonal allergies",
    description: "Hay fever every spring since my teens.",
    symptoms: "Sneezing, itchy eyes, blocked nose",
    medications: "Fluticasone nasal spray in season",
  },
  {
    type: "checkup",
    title: "Dental check-up",
    description: "Routine dental check and cleaning; one small filling.",
  },
  {
    type: "diagnosis",
    title: "Migraine diary",
    description: "Three migraine days this month, two after poor sleep.",
    symptoms: "Throbbing headache, nausea",
  },
  {
    type: "lab_result",
    title: "Vitamin D level",
    description: "Blood test from previous doctor: 22 ng/mL (low).",
  },
];
