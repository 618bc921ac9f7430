import { Anchor, Card, DataList, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";
import { Link } from "react-router";
import type { Doctor } from "./doctorFacts";
import { doctorName, experienceText, feeText } from "./doctorFacts";

/** One doctor in the search results: name (the link to the profile), specialization and key facts. */
export function DoctorCard({ doctor }: { doctor: Doctor }) {
  const headingId = useId();
  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={headingId}>
            <Anchor component={Link} to={`/doctors/${doctor.id}`} inherit>
              {doctorName(doctor)}
            </Anchor>
          </Title>
          <Text c="dimmed" size="sm">
            {doctor.specialization}
          </Text>
        </div>
        <DataList labelWidth="8rem" size="sm" styles={{ itemValue: { overflowWrap: "anywhere" } }}>
          <DataList.Item>
            <DataList.ItemLabel>Experience</DataList.ItemLabel>
            <DataList.ItemValue>{experienceText(doctor.yearsOfExperience)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Consultation fee</DataList.ItemLabel>
            <DataList.ItemValue>{feeText(doctor)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Time zone</DataList.ItemLabel>
            <DataList.ItemValue>{doctor.timeZone}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Stack>
    </Card>
  );
}
