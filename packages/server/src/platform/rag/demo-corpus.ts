import type { GuidelineIngestRequest } from '@meridian/sdk';

/**
 * Meridian's demo guideline library: short summaries written for this project
 * from public-domain guidance of US federal agencies (CDC, NHLBI, AHRQ), each
 * with the page it summarises. DEMO CONTENT: not a clinical guideline, not
 * complete, not reviewed; a hospital loads its own guidelines through
 * `POST /guidelines`. It names no drug dose.
 */
export const DEMO_GUIDELINES: readonly GuidelineIngestRequest[] = [
  {
    title: 'Sepsis: signs and early recognition (demo summary of CDC guidance)',
    sourceUrl: 'https://www.cdc.gov/sepsis/signs-symptoms/index.html',
    format: 'markdown',
    content: `# Sepsis
## What sepsis is
Sepsis is the body's extreme response to an infection. It is a life-threatening medical emergency that happens when an infection already in the body triggers a chain reaction throughout the body, which can lead to tissue damage, organ failure and death. Infections that lead to sepsis most often start in the lung, urinary tract, skin or gastrointestinal tract.
## Signs and symptoms
A patient with sepsis may have a combination of: high heart rate or weak pulse; confusion or disorientation; extreme pain or discomfort; fever, shivering or feeling very cold; shortness of breath; clammy or sweaty skin. Low blood pressure and a raised lactate point to hypoperfusion and septic shock.
## Who is at risk
Adults aged 65 or older, people with weakened immune systems, people with chronic conditions such as diabetes, lung disease, cancer and kidney disease, people with recent severe illness or hospitalisation, survivors of sepsis, and children younger than one year are at higher risk.
## Acting fast
Sepsis is a medical emergency: time matters. Clinicians should know the signs, act fast when sepsis is suspected, reassess the patient's management, and escalate to senior and critical care teams when a patient deteriorates.
## Assessing possible sepsis at the bedside
In a patient with a suspected infection, sepsis is suspected when the vital signs show organ dysfunction: a fast respiratory rate, low blood pressure or hypotension, a fast heart rate, fever or a low temperature, new confusion, and a low oxygen saturation. Bedside scores such as qSOFA and NEWS2 combine these signs, and a raised lactate shows hypoperfusion; a patient who meets them needs prompt review by a senior clinician.`,
  },
  {
    title: 'Hospital sepsis programs: core elements (demo summary of CDC guidance)',
    sourceUrl: 'https://www.cdc.gov/sepsis/hcp/core-elements/index.html',
    format: 'markdown',
    content: `# Hospital sepsis program core elements
## Leadership and accountability
Hospital leaders dedicate resources to a sepsis program with a named physician and nursing lead who are accountable for outcomes.
## Early identification and monitoring
Hospitals use screening and early-warning tools to identify patients at risk of sepsis, track time to recognition and to escalation, and review cases where deterioration was missed.
## Education and reporting
Staff are trained on the recognition of sepsis; sepsis data (incidence, outcomes, timeliness of care) are reported back to clinicians and leadership.`,
  },
  {
    title: 'Rapid response systems and early warning scores (demo summary of AHRQ PSNet primer)',
    sourceUrl: 'https://psnet.ahrq.gov/primer/rapid-response-systems',
    format: 'markdown',
    content: `# Rapid response systems
## Why deterioration is missed
Patients on general wards often show abnormal vital signs, such as a raised respiratory rate, falling blood pressure or a change in mental status, for hours before a cardiac arrest or an unplanned transfer to intensive care.
## Track and trigger
Early warning scores aggregate vital signs (respiratory rate, oxygen saturation, blood pressure, pulse, level of consciousness, temperature) into one number; a score above a threshold triggers a call to a rapid response or critical care outreach team for urgent bedside review.
## Afferent and efferent limbs
A rapid response system has an afferent limb (detecting deterioration and calling for help) and an efferent limb (the responding team). Failure to escalate, not the lack of a team, is the commonest weakness.`,
  },
  {
    title: 'Pneumonia: symptoms and diagnosis (demo summary of NHLBI guidance)',
    sourceUrl: 'https://www.nhlbi.nih.gov/health/pneumonia',
    format: 'markdown',
    content: `# Pneumonia
## Symptoms
Pneumonia is an infection that affects one or both lungs and causes the air sacs, or alveoli, to fill up with fluid or pus. Symptoms include cough with phlegm, fever, chills, shortness of breath, chest pain when breathing or coughing, and in older adults confusion or a lower than normal body temperature.
## Diagnosis
Diagnosis rests on the history, examination (crackles on listening to the chest), pulse oximetry for low oxygen levels, a chest X-ray, and blood tests; severity scores such as CURB-65 help decide where care should happen.
## Complications
Pneumonia can lead to bacteraemia and sepsis, respiratory failure, lung abscess and pleural effusion, especially in older adults and people with chronic disease.
## Severity assessment
The severity of pneumonia guides where care happens. The CURB-65 score counts confusion, a raised urea, a respiratory rate of 30 or more, a low blood pressure and age 65 or older; a higher score means a higher risk of death and points to care in hospital. Pulse oximetry and a chest X-ray showing consolidation complete the picture.`,
  },
  {
    title: 'Venous thromboembolism: pulmonary embolism (demo summary of NHLBI guidance)',
    sourceUrl: 'https://www.nhlbi.nih.gov/health/venous-thromboembolism',
    format: 'markdown',
    content: `# Venous thromboembolism
## Pulmonary embolism symptoms
A pulmonary embolism happens when a blood clot travels to the lungs and blocks an artery. Signs include sudden shortness of breath, chest pain that worsens on breathing in, a fast heart rate, coughing up blood, light-headedness or fainting.
## Deep vein thrombosis symptoms
A deep vein thrombosis causes swelling, pain, warmth and redness of the leg, usually on one side.
## Risk factors and assessment
Recent surgery, immobility, cancer, pregnancy and a previous clot raise the risk. Clinical prediction rules such as the Wells score estimate the pre-test probability and guide D-dimer testing and imaging.`,
  },
  {
    title: 'Atrial fibrillation: stroke and bleeding risk (demo summary of NHLBI guidance)',
    sourceUrl: 'https://www.nhlbi.nih.gov/health/atrial-fibrillation',
    format: 'markdown',
    content: `# Atrial fibrillation
## What it is
Atrial fibrillation is an irregular, often fast heartbeat that starts in the upper chambers of the heart. Symptoms include palpitations, tiredness, shortness of breath and dizziness; some people have none.
## Stroke risk
Blood can pool and clot in the atria, so atrial fibrillation raises the risk of stroke. Scores such as CHA2DS2-VASc estimate that risk, and HAS-BLED estimates the risk of bleeding; the treating clinician weighs both with the patient.
## Anticoagulation and stroke prevention
In atrial fibrillation, anticoagulation lowers the chance of a stroke caused by a clot from the heart. Whether it is right for a person depends on the stroke risk (CHA2DS2-VASc score) weighed against the bleeding risk (HAS-BLED score), decided by the treating clinician with the patient; people on anticoagulation have blood clotting tests such as the INR checked where the medicine needs it.
## Monitoring
People with atrial fibrillation need regular review of heart rate and rhythm, blood pressure, kidney function and, where relevant, blood clotting tests such as the INR.`,
  },
  {
    title: 'Low blood oxygen: hypoxemia and respiratory failure (demo summary of NHLBI guidance)',
    sourceUrl: 'https://www.nhlbi.nih.gov/health/respiratory-failure',
    format: 'markdown',
    content: `# Hypoxemia and respiratory failure
## What hypoxemia is
Hypoxemia is a low level of oxygen in the blood. When the lungs cannot take in enough oxygen, respiratory failure follows; it can be sudden (acute) or long-lasting (chronic), and some people also build up carbon dioxide (hypercapnia).
## Signs and assessment
Signs of low oxygen include shortness of breath, a fast respiratory rate, a bluish colour of the skin, lips or nails, confusion and sleepiness. Pulse oximetry measures the oxygen saturation (SpO2) at the bedside, and an arterial blood gas test measures oxygen and carbon dioxide directly.
## Causes and monitoring
Pneumonia, chronic obstructive pulmonary disease, heart failure, a pulmonary embolism and conditions that weaken breathing can cause hypoxemia. Patients with low oxygen saturation are monitored closely; supplemental oxygen is given to a target range set for each patient, which is lower for people at risk of hypercapnia.`,
  },
  {
    title: 'Low blood sugar: hypoglycemia (demo summary of CDC guidance)',
    sourceUrl: 'https://www.cdc.gov/diabetes/about/low-blood-sugar-hypoglycemia.html',
    format: 'markdown',
    content: `# Hypoglycemia
## Signs
Low blood sugar can cause shakiness, sweating, a fast heartbeat, anxiety, hunger, dizziness, irritability and confusion; severe hypoglycemia can cause seizures and loss of consciousness.
## Who is at risk
People with diabetes who use insulin or some other diabetes medicines, who skip meals, drink alcohol or exercise more than usual are at higher risk.
## Severe hypoglycemia
Severe low blood sugar is an emergency that needs help from someone else; the care team should be contacted at once.`,
  },
  {
    title: 'Anemia: symptoms and causes (demo summary of NHLBI guidance)',
    sourceUrl: 'https://www.nhlbi.nih.gov/health/anemia',
    format: 'markdown',
    content: `# Anemia
## Symptoms
Anemia is a condition in which the blood has fewer healthy red blood cells or less hemoglobin than normal. It causes tiredness, weakness, shortness of breath, pale skin, a fast or irregular heartbeat and dizziness.
## Causes
Blood loss, too little iron or some vitamins in the diet, chronic disease, kidney disease, and inherited conditions can cause anemia.
## Evaluation
A complete blood count measures hemoglobin and red cell indices; further tests look for the cause, including sources of bleeding.`,
  },
];
