import { Anchor, DataList, Paper, Stack, Text, Title } from "@mantine/core";
import type { Doctor } from "./doctorFacts";
import { experienceText, feeText } from "./doctorFacts";

/** What a patient wants to know about a doctor before booking. */
export function DoctorProfile({ doctor }: { doctor: Doctor }) {
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "lg" }}
      radius="md"
      component="section"
      aria-label="About the doctor"
    >
      <Stack gap="md">
        <Title order={2} size="h3">
          About
        </Title>
        {doctor.bio ? <Text>{doctor.bio}</Text> : <Text c="dimmed">No biography yet.</Text>}
        <DataList labelWidth="9.5rem" withDivider>
          <DataList.Item>
            <DataList.ItemLabel>Specialization</DataList.ItemLabel>
            <DataList.ItemValue>{doctor.specialization}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Experience</DataList.ItemLabel>
            <DataList.ItemValue>{experienceText(doctor.yearsOfExperience)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Consultation fee</DataList.ItemLabel>
            <DataList.ItemValue>{feeText(doctor)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Appointment length</DataList.ItemLabel>
            <DataList.ItemValue>{doctor.slotMinutes} minutes</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Time zone</DataList.ItemLabel>
            <DataList.ItemValue>{doctor.timeZone}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Phone</DataList.ItemLabel>
            <DataList.ItemValue>
              {doctor.phone ? (
                <Anchor href={`tel:${doctor.phone.replace(/[^\d+]/g, "")}`}>{doctor.phone}</Anchor>
              ) : (
                "Not given"
              )}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>License number</DataList.ItemLabel>
            <DataList.ItemValue>{doctor.licenseNumber}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Stack>
    </Paper>
  );
}
